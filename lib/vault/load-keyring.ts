import { existsSync } from "node:fs";

import { PREVIOUS_KEYS_VAR, readEnvKeys, SECRET_KEY_VAR, type Env } from "./env-keys";
import { VaultConfigError } from "./errors";
import { keyFilePath, readKeyFile, writeKeyFile } from "./key-file";
import { createKeyring, missingKeyIds, type Keyring } from "./keyring";
import { keyFormHint } from "./parse-key";
import { VaultKey } from "./vault-key";

export interface LoadKeyringOptions {
  /** Hostdeck's data folder; holds `vault-keys.json` when no key is set in the environment. */
  dataDir?: string;
  env: Env;
  /** True only for the embedded PGlite database: the key file may then be created on the first start. */
  allowGenerate: boolean;
  /** Key ids found on stored rows (see `ciphertextKeyId`); every one must stay readable. */
  existingKeyIds: readonly string[];
}

/**
 * Keys come from HOSTDECK_SECRET_KEY (+ HOSTDECK_PREVIOUS_SECRET_KEYS, + HOSTDECK_NEW_SECRET_KEY during a
 * rotation) or else from `<dataDir>/vault-keys.json`, which is generated once for the embedded database only.
 */
export function loadKeyring(options: LoadKeyringOptions): Keyring {
  const { dataDir, env, allowGenerate, existingKeyIds } = options;
  const path = dataDir === undefined ? undefined : keyFilePath(dataDir);

  const envKeys = readEnvKeys(env);
  if (envKeys) {
    const others = envKeys.next ? [...envKeys.previous, envKeys.next] : envKeys.previous;
    const keyring = createKeyring(envKeys.current, others, { kind: "env" });
    const unusedFile = path !== undefined && existsSync(path) ? path : undefined;
    assertReadable(keyring, existingKeyIds, envHint(unusedFile));
    return keyring;
  }

  if (path === undefined) throw missingKey();
  const stored = readKeyFile(path);
  if (stored) {
    const keyring = createKeyring(stored.current, stored.keys, { kind: "file", path });
    const hint = `Restore the key file that wrote the data, or set ${SECRET_KEY_VAR} to that key.`;
    assertReadable(keyring, existingKeyIds, hint);
    return keyring;
  }

  const existing = [...new Set(existingKeyIds)].sort();
  if (existing.length > 0) {
    throw new VaultConfigError(
      "refuse-generate",
      `Refusing to create a new key over existing encrypted data (key ids ${existing.join(", ")}); ` + `restore ${path} or set ${SECRET_KEY_VAR}.`,
    );
  }
  if (!allowGenerate) throw missingKey();

  const key = VaultKey.generate();
  if (writeKeyFile(path, { current: key, keys: [key] }, { replace: false })) {
    return createKeyring(key, [], { kind: "file", path });
  }
  // Another process created the file first; use its key rather than ours.
  const winner = readKeyFile(path);
  if (!winner) {
    throw new VaultConfigError("key-file-corrupt", `Vault key file ${path} vanished while it was being created.`);
  }
  return createKeyring(winner.current, winner.keys, { kind: "file", path });
}

function assertReadable(keyring: Keyring, existingKeyIds: readonly string[], hint: string): void {
  const missing = missingKeyIds(keyring, existingKeyIds);
  if (missing.length === 0) return;
  throw new VaultConfigError(
    "key-mismatch",
    "The configured key differs from the one the data was written with " + `(missing key ids ${missing.join(", ")}). ${hint}`,
  );
}

function envHint(unusedFile: string | undefined): string {
  const base = `Set ${SECRET_KEY_VAR} back to the key that wrote the data, or add that key to ${PREVIOUS_KEYS_VAR}.`;
  if (!unusedFile) return base;
  return `${base} (${unusedFile} exists but is ignored while ${SECRET_KEY_VAR} is set; its "key" values can be used.)`;
}

function missingKey(): VaultConfigError {
  return new VaultConfigError(
    "missing-key",
    `${SECRET_KEY_VAR} is not set. Set it to ${keyFormHint}. ` + "A key file is generated automatically only for the embedded database.",
  );
}
