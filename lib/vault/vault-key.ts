import { createHmac, randomBytes } from "node:crypto";

import { KEY_BYTES } from "./parse-key";

const KEY_ID_LABEL = "hostdeck-key-id";
const KEY_ID_HEX_CHARS = 12;

export const keyIdPattern = /^[0-9a-f]{12}$/;

/** A short stable name for a key, safe to store next to data and to log; it cannot be turned back into the key. */
export function fingerprintKey(material: Buffer): string {
  return createHmac("sha256", material).update(KEY_ID_LABEL).digest("hex").slice(0, KEY_ID_HEX_CHARS);
}

/**
 * One AES-256 key and its id. The bytes sit in a private field, so logging or serialising a key (or a
 * keyring holding it) shows the id only.
 */
export class VaultKey {
  readonly id: string;
  /** ISO timestamp, known for keys from the key file. */
  readonly createdAt?: string;
  readonly #material: Buffer;

  constructor(material: Buffer, createdAt?: string) {
    if (material.length !== KEY_BYTES) throw new RangeError(`A vault key must be ${KEY_BYTES} bytes.`);
    this.#material = Buffer.from(material);
    this.id = fingerprintKey(this.#material);
    this.createdAt = createdAt;
  }

  static generate(): VaultKey {
    return new VaultKey(randomBytes(KEY_BYTES), new Date().toISOString());
  }

  /** The raw bytes; only the cipher and the key file writer need them. */
  material(): Buffer {
    return this.#material;
  }

  toJSON(): { id: string; createdAt?: string } {
    return { id: this.id, createdAt: this.createdAt };
  }
}
