import { VaultError } from "./errors";
import { keyIdPattern } from "./vault-key";

export const CIPHERTEXT_VERSION = "v1";
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/** The parts of `v1.<keyId>.<iv>.<tag>.<ciphertext>` (each binary part base64url without padding). */
export interface SealedParts {
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  data: Buffer;
}

export function formatCiphertext({ keyId, iv, tag, data }: SealedParts): string {
  const encoded = [iv, tag, data].map((bytes) => bytes.toString("base64url"));
  return [CIPHERTEXT_VERSION, keyId, ...encoded].join(".");
}

export function parseCiphertext(ciphertext: string): SealedParts {
  const segments = ciphertext.split(".");
  const [version, keyId, iv, tag, data] = segments;
  if (segments.length !== 5 || version === undefined || keyId === undefined) {
    throw new VaultError("malformed", { detail: "expected five dot-separated parts" });
  }
  if (version !== CIPHERTEXT_VERSION) throw new VaultError("malformed", { detail: "unknown format version" });
  if (!keyIdPattern.test(keyId)) throw new VaultError("malformed", { detail: "invalid key id" });
  const parts = { keyId, iv: decodePart(iv, "iv"), tag: decodePart(tag, "tag"), data: decodePart(data, "data") };
  if (parts.iv.length !== IV_BYTES) throw new VaultError("malformed", { keyId, detail: "wrong iv length" });
  if (parts.tag.length !== TAG_BYTES) throw new VaultError("malformed", { keyId, detail: "wrong tag length" });
  if (parts.data.length === 0) throw new VaultError("malformed", { keyId, detail: "empty data" });
  return parts;
}

/** The key id a stored ciphertext names, for rotation and the doctor; throws `malformed` when unreadable. */
export function ciphertextKeyId(ciphertext: string): string {
  return parseCiphertext(ciphertext).keyId;
}

function decodePart(text: string | undefined, name: string): Buffer {
  const bytes = text !== undefined && base64UrlPattern.test(text) ? Buffer.from(text, "base64url") : undefined;
  // Node ignores stray characters and unused trailing bits; requiring the exact re-encoding closes both gaps.
  if (!bytes || bytes.toString("base64url") !== text) {
    throw new VaultError("malformed", { detail: `invalid ${name} encoding` });
  }
  return bytes;
}
