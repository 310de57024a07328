import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import { CIPHERTEXT_VERSION, formatCiphertext, IV_BYTES, parseCiphertext, TAG_BYTES } from "./ciphertext";
import { VaultError } from "./errors";
import type { Keyring } from "./keyring";
import type { VaultKey } from "./vault-key";

const ALGORITHM = "aes-256-gcm";

export interface SealOptions {
  /** What the ciphertext belongs to, e.g. `${connectionId}:credentials`; the same string is needed to open it. */
  aad: string;
}

export function seal(plaintext: Buffer, { aad }: SealOptions, key: VaultKey): string {
  assertAad(aad);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key.material(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(key.id, aad));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return formatCiphertext({ keyId: key.id, iv, tag: cipher.getAuthTag(), data });
}

export interface Opened {
  keyId: string;
  plaintext: Buffer;
}

export function open(ciphertext: string, { aad }: SealOptions, keyring: Keyring): Opened {
  assertAad(aad);
  const { keyId, iv, tag, data } = parseCiphertext(ciphertext);
  const key = keyring.keys.get(keyId);
  if (!key) throw new VaultError("unknown-key", { keyId });
  const decipher = createDecipheriv(ALGORITHM, key.material(), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(keyId, aad));
  decipher.setAuthTag(tag);
  try {
    return { keyId, plaintext: Buffer.concat([decipher.update(data), decipher.final()]) };
  } catch {
    throw new VaultError("auth-failed", { keyId });
  }
}

// The header is authenticated too, so a ciphertext cannot be relabelled with another version or key id.
function associatedData(keyId: string, aad: string): Buffer {
  return Buffer.from(`${CIPHERTEXT_VERSION}.${keyId}\u0000${aad}`, "utf8");
}

function assertAad(aad: string): void {
  // An empty aad would bind nothing; that is a bug in the caller, not bad data.
  if (typeof aad !== "string" || aad.length === 0) throw new TypeError("vault: aad must be a non-empty string");
}
