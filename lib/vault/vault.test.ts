import { randomBytes } from "node:crypto";
import { inspect } from "node:util";

import { describe, expect, it } from "vitest";
import { z } from "zod";

import { ciphertextKeyId } from "./ciphertext";
import { VaultError, type VaultErrorCode } from "./errors";
import { createKeyring, type Keyring } from "./keyring";
import { createVault } from "./vault";
import { VaultKey } from "./vault-key";

const secret = { apiKey: "sk_live_51HxQmPlaintextSecretValue", password: "correct horse battery staple" };
const aad = { aad: "conn_123:credentials" };

function keyring(...extra: VaultKey[]): Keyring {
  return createKeyring(new VaultKey(randomBytes(32)), extra, { kind: "env" });
}

function failure(run: () => unknown): VaultError {
  try {
    run();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw new Error(`expected a VaultError, got ${String(error)}`);
  }
  throw new Error("expected a VaultError, but it succeeded");
}

function expectCode(run: () => unknown, code: VaultErrorCode): VaultError {
  const error = failure(run);
  expect(error.code).toBe(code);
  expect(error.message).not.toContain(secret.apiKey);
  return error;
}

const b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("vault", () => {
  const vault = createVault(keyring());
  const ciphertext = vault.encryptJson(secret, aad);

  it("round-trips JSON and names the current key", () => {
    expect(vault.decryptJson(ciphertext, aad)).toEqual(secret);
    expect(ciphertext).toMatch(/^v1\.[0-9a-f]{12}\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(ciphertextKeyId(ciphertext)).toBe(vault.currentKeyId);
    expect(vault.hasKey(vault.currentKeyId)).toBe(true);
    expect(vault.hasKey("000000000000")).toBe(false);
  });

  it("uses a fresh iv for every encryption", () => {
    const again = vault.encryptJson(secret, aad);
    expect(again).not.toBe(ciphertext);
    expect(again.split(".")[2]).not.toBe(ciphertext.split(".")[2]);
  });

  it("never shows any 4-character piece of the plaintext", () => {
    const plaintext = JSON.stringify(secret);
    // A chance 4-character match in random base64 is rare but possible; a real leak shows in every ciphertext.
    const samples = [ciphertext, vault.encryptJson(secret, aad), vault.encryptJson(secret, aad)];
    for (let length = 4; length <= plaintext.length; length++) {
      for (let start = 0; start + length <= plaintext.length; start++) {
        const piece = plaintext.slice(start, start + length);
        expect(
          samples.every((sample) => sample.includes(piece)),
          piece,
        ).toBe(false);
      }
    }
    expect(ciphertext).not.toContain(Buffer.from(plaintext).toString("base64url").slice(0, 8));
  });

  it("fails on every flipped bit of the iv, tag and data bytes", () => {
    const [version, keyId, ...payload] = ciphertext.split(".");
    payload.forEach((part, index) => {
      const bytes = Buffer.from(part, "base64url");
      for (let position = 0; position < bytes.length; position++) {
        for (const bit of [0x01, 0x80]) {
          const flipped = Buffer.from(bytes);
          flipped[position] = (flipped[position] ?? 0) ^ bit;
          const parts = [...payload];
          parts[index] = flipped.toString("base64url");
          expectCode(() => vault.decryptJson([version, keyId, ...parts].join("."), aad), "auth-failed");
        }
      }
    });
  });

  it("fails on every changed character, including unused trailing bits", () => {
    for (let position = 0; position < ciphertext.length; position++) {
      const original = ciphertext[position] ?? "";
      const replacements = new Set([b64url[(b64url.indexOf(original) + 1) % 64], "A", "B", "a", "0", ".", "="]);
      replacements.delete(original);
      for (const replacement of replacements) {
        const changed = ciphertext.slice(0, position) + replacement + ciphertext.slice(position + 1);
        const error = failure(() => vault.decryptJson(changed, aad));
        expect(["malformed", "unknown-key", "auth-failed"]).toContain(error.code);
      }
    }
  });

  it("fails on every truncation and on extra characters", () => {
    for (let length = 0; length < ciphertext.length; length++) {
      const error = failure(() => vault.decryptJson(ciphertext.slice(0, length), aad));
      expect(["malformed", "auth-failed"]).toContain(error.code);
    }
    for (const extra of ["A", "AA", "AAA", "AAAA"]) {
      expect(["malformed", "auth-failed"]).toContain(failure(() => vault.decryptJson(ciphertext + extra, aad)).code);
    }
    expectCode(() => vault.decryptJson(`${ciphertext}.`, aad), "malformed");
    expectCode(() => vault.decryptJson(` ${ciphertext}`, aad), "malformed");
    expectCode(() => vault.decryptJson(ciphertext.replace(/^v1/, "v2"), aad), "malformed");
  });

  it("fails with the wrong key", () => {
    const other = createVault(keyring());
    expectCode(() => other.decryptJson(ciphertext, aad), "unknown-key");
    // Relabelled with the other key's id, the other key is used and authentication fails.
    const relabelled = ciphertext.replace(vault.currentKeyId, other.currentKeyId);
    expectCode(() => other.decryptJson(relabelled, aad), "auth-failed");
  });

  it("fails with the wrong aad", () => {
    expectCode(() => vault.decryptJson(ciphertext, { aad: "conn_124:credentials" }), "auth-failed");
    expectCode(() => vault.decryptJson(ciphertext, { aad: "conn_123:credential" }), "auth-failed");
    expect(() => vault.decryptJson(ciphertext, { aad: "" })).toThrow(TypeError);
    expect(() => vault.encryptJson(secret, { aad: "" })).toThrow(TypeError);
  });

  it("fails with an unknown key id and names it", () => {
    const unknown = ciphertext.replace(vault.currentKeyId, "0123456789ab");
    expect(expectCode(() => vault.decryptJson(unknown, aad), "unknown-key").keyId).toBe("0123456789ab");
  });

  it("validates with a schema and reports invalid-payload without the values", () => {
    const schema = z.object({ apiKey: z.string(), password: z.string() });
    const parsed: { apiKey: string; password: string } = vault.decryptJson(ciphertext, aad, schema);
    expect(parsed).toEqual(secret);

    const wrongShape = z.object({ apiKey: z.number(), region: z.enum(["eu", "us"]) });
    const error = expectCode(() => vault.decryptJson(ciphertext, aad, wrongShape), "invalid-payload");
    expect(error.message).toContain("apiKey");
    expect(error.message).not.toContain(secret.password);
    expect(error.keyId).toBe(vault.currentKeyId);
  });

  it("refuses values without a JSON form", () => {
    expect(() => vault.encryptJson(undefined, aad)).toThrow(TypeError);
    expect(vault.decryptJson(vault.encryptJson(null, aad), aad)).toBeNull();
    expect(vault.decryptJson(vault.encryptJson("", aad), aad)).toBe("");
  });

  it("re-encrypts an old key's ciphertext with the current key", () => {
    const old = new VaultKey(randomBytes(32));
    const oldCiphertext = createVault(createKeyring(old, [], { kind: "env" })).encryptJson(secret, aad);
    const rotated = createVault(keyring(old));
    const moved = rotated.reencrypt(oldCiphertext, aad);
    expect(ciphertextKeyId(moved)).toBe(rotated.currentKeyId);
    expect(rotated.decryptJson(moved, aad)).toEqual(secret);
    expectCode(() => rotated.reencrypt(oldCiphertext, { aad: "conn_999:credentials" }), "auth-failed");
  });

  it("keeps key bytes out of logs and JSON", () => {
    const key = new VaultKey(randomBytes(32));
    const ring = createKeyring(key, [], { kind: "env" });
    const shown = JSON.stringify({ key, keys: [...ring.keys.values()] }) + inspect(ring, { depth: 5 }) + inspect(key);
    expect(shown).not.toContain(key.material().toString("base64"));
    expect(shown).not.toContain(key.material().toString("hex"));
    expect(JSON.stringify(key)).toBe(JSON.stringify({ id: key.id }));
  });
});
