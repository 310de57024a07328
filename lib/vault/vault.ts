import type { z } from "zod";

import { open, seal, type SealOptions } from "./cipher";
import { VaultError } from "./errors";
import type { Keyring } from "./keyring";

export interface Vault {
  encryptJson(value: unknown, options: SealOptions): string;
  decryptJson(ciphertext: string, options: SealOptions): unknown;
  decryptJson<S extends z.ZodType>(ciphertext: string, options: SealOptions, schema: S): z.output<S>;
  reencrypt(ciphertext: string, options: SealOptions): string;
  readonly currentKeyId: string;
  hasKey(id: string): boolean;
}

export function createVault(keyring: Keyring): Vault {
  return {
    encryptJson: (value, options) => encryptJson(value, options, keyring),
    decryptJson: <S extends z.ZodType>(ciphertext: string, options: SealOptions, schema?: S) => decryptJson(ciphertext, options, keyring, schema),
    reencrypt: (ciphertext, options) => reencrypt(ciphertext, options, keyring),
    currentKeyId: keyring.current.id,
    hasKey: (id) => keyring.keys.has(id),
  };
}

export function encryptJson(value: unknown, options: SealOptions, keyring: Keyring): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError("vault: the value has no JSON form (undefined, a function or a symbol)");
  return seal(Buffer.from(json, "utf8"), options, keyring.current);
}

export function decryptJson(ciphertext: string, options: SealOptions, keyring: Keyring): unknown;
export function decryptJson<S extends z.ZodType>(ciphertext: string, options: SealOptions, keyring: Keyring, schema?: S): z.output<S>;
export function decryptJson(ciphertext: string, options: SealOptions, keyring: Keyring, schema?: z.ZodType): unknown {
  const { keyId, plaintext } = open(ciphertext, options, keyring);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plaintext));
  } catch {
    throw new VaultError("invalid-payload", { keyId, detail: "not JSON" });
  }
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (!result.success) {
    // Paths only: zod's messages and inputs could repeat the secret.
    const paths = [...new Set(result.error.issues.map((issue) => issue.path.join(".") || "(root)"))];
    throw new VaultError("invalid-payload", { keyId, detail: `invalid at ${paths.join(", ")}` });
  }
  return result.data;
}

/** Opens a ciphertext with whichever key it names and seals it again with the current key (fresh iv). */
export function reencrypt(ciphertext: string, options: SealOptions, keyring: Keyring): string {
  return seal(open(ciphertext, options, keyring).plaintext, options, keyring.current);
}
