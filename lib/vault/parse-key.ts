export const KEY_BYTES = 32;

/** How a key must be written, for error messages. */
export const keyFormHint = `${KEY_BYTES} random bytes written as 64 hex characters or as base64/base64url (e.g. \`openssl rand -hex 32\`)`;

const hexPattern = /^[0-9a-fA-F]{64}$/;
const base64Pattern = /^[A-Za-z0-9+/]{43}=?$/;
const base64UrlPattern = /^[A-Za-z0-9_-]{43}=?$/;

export type ParsedKey = { ok: true; material: Buffer } | { ok: false; reason: string };

/**
 * Reads a 32-byte key written as hex, base64 or base64url. Anything else is refused, including base64 whose
 * unused bits are set (a mistyped last character) and keys made of one repeated byte (placeholders).
 * The reason never repeats the value.
 */
export function parseKey(text: string): ParsedKey {
  const value = text.trim();
  let material: Buffer | undefined;
  if (hexPattern.test(value)) {
    material = Buffer.from(value, "hex");
  } else if (base64Pattern.test(value) || base64UrlPattern.test(value)) {
    const encoding = base64Pattern.test(value) ? "base64" : "base64url";
    const decoded = Buffer.from(value, encoding);
    // Re-encoding must give the same text, so that two spellings never name the same key by accident.
    if (decoded.toString(encoding).replace(/=+$/, "") === value.replace(/=+$/, "")) material = decoded;
  }
  if (!material || material.length !== KEY_BYTES) {
    return { ok: false, reason: `got ${value.length} characters that are not ${keyFormHint}` };
  }
  if (material.every((byte) => byte === material[0])) {
    return { ok: false, reason: "the key is one byte repeated, which looks like a placeholder; generate a random key" };
  }
  return { ok: true, material };
}
