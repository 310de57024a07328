import { NEW_KEY_VAR, PREVIOUS_KEYS_VAR, readEnvKey, SECRET_KEY_VAR, type Env } from "./env-keys";
import { VaultConfigError } from "./errors";
import { readKeyFile, writeKeyFile } from "./key-file";
import { createKeyring, missingKeyIds, type Keyring } from "./keyring";
import { keyFormHint } from "./parse-key";
import { VaultKey } from "./vault-key";

/**
 * Makes a new key current and keeps every old key readable. A file keyring gets a random key, saved before
 * this returns; an env keyring takes HOSTDECK_NEW_SECRET_KEY, and the operator updates the environment after
 * the rows are re-encrypted (see README).
 */
export function rotateKeyring(keyring: Keyring, { env }: { env: Env }): Keyring {
  const others = [...keyring.keys.values()];
  if (keyring.source.kind === "env") {
    const next = readEnvKey(env, NEW_KEY_VAR);
    if (!next) {
      throw new VaultConfigError("rotation", `${NEW_KEY_VAR} is not set. Set it to the new key (${keyFormHint}) to rotate a key given in ${SECRET_KEY_VAR}.`);
    }
    if (next.id === keyring.current.id) {
      throw new VaultConfigError("rotation", `${NEW_KEY_VAR} is already the current key (${next.id}).`);
    }
    return createKeyring(next, others, keyring.source);
  }

  assertFileUnchanged(keyring, keyring.source.path);
  const rotated = createKeyring(VaultKey.generate(), others, keyring.source);
  writeKeyFile(keyring.source.path, { current: rotated.current, keys: [...rotated.keys.values()] }, { replace: true });
  return rotated;
}

/**
 * Drops every old key except `keepIds` (the key ids still found on stored rows); the current key always stays.
 * Only for the key file: keys in the environment are retired by editing the environment.
 */
export function retireKeys(keyring: Keyring, keepIds: readonly string[]): Keyring {
  if (keyring.source.kind === "env") {
    throw new VaultConfigError("rotation", `Keys given in the environment are retired by removing them from ${PREVIOUS_KEYS_VAR} and restarting.`);
  }
  const missing = missingKeyIds(keyring, keepIds);
  if (missing.length > 0) {
    throw new VaultConfigError(
      "key-mismatch",
      `Cannot keep key ids ${missing.join(", ")}: the keyring does not hold them, ` + "so rows written with them are unreadable.",
    );
  }
  const keep = new Set([keyring.current.id, ...keepIds]);
  const kept = [...keyring.keys.values()].filter((key) => keep.has(key.id));
  if (kept.length === keyring.keys.size) return keyring;

  assertFileUnchanged(keyring, keyring.source.path);
  const retired = createKeyring(keyring.current, kept, keyring.source);
  writeKeyFile(keyring.source.path, { current: retired.current, keys: kept }, { replace: true });
  return retired;
}

// Rewriting the file from a stale keyring would silently drop a key someone else added since.
function assertFileUnchanged(keyring: Keyring, path: string): void {
  const stored = readKeyFile(path);
  const same =
    stored !== undefined &&
    stored.current.id === keyring.current.id &&
    stored.keys.length === keyring.keys.size &&
    stored.keys.every((key) => keyring.keys.has(key.id));
  if (!same) {
    throw new VaultConfigError("rotation", `Vault key file ${path} changed since the keyring was loaded; load it again and retry.`);
  }
}
