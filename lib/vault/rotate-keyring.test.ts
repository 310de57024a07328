import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { ciphertextKeyId } from "./ciphertext";
import { VaultConfigError, VaultError } from "./errors";
import { keyFilePath } from "./key-file";
import { loadKeyring, type LoadKeyringOptions } from "./load-keyring";
import { retireKeys, rotateKeyring } from "./rotate-keyring";
import { createVault } from "./vault";
import { fingerprintKey } from "./vault-key";

let root: string;
let dataDir: string;
const aad = { aad: "conn_1:credentials" };
const secret = { apiKey: "k-123456789" };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "hostdeck-vault-"));
  dataDir = join(root, "data");
  vi.stubEnv("HOSTDECK_SECRET_KEY", undefined);
  vi.stubEnv("HOSTDECK_PREVIOUS_SECRET_KEYS", undefined);
  vi.stubEnv("HOSTDECK_NEW_SECRET_KEY", undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

function load(options: Partial<LoadKeyringOptions> = {}) {
  return loadKeyring({ dataDir, env: process.env, allowGenerate: true, existingKeyIds: [], ...options });
}

function storedIds(): { current: string; ids: string[] } {
  const stored = JSON.parse(readFileSync(keyFilePath(dataDir), "utf8")) as { current: string; keys: { id: string }[] };
  return { current: stored.current, ids: stored.keys.map((key) => key.id) };
}

describe("rotating the key file", () => {
  it("adds a new current key, keeps old ciphertexts readable and re-encrypts them to the new key", () => {
    const original = load();
    const oldId = original.current.id;
    const oldCiphertext = createVault(original).encryptJson(secret, aad);

    const rotated = rotateKeyring(original, { env: process.env });
    expect(rotated.current.id).not.toBe(oldId);
    expect(storedIds()).toEqual({ current: rotated.current.id, ids: [rotated.current.id, oldId] });
    expect(statSync(keyFilePath(dataDir)).mode & 0o777).toBe(0o600);

    const reloaded = createVault(load({ existingKeyIds: [oldId] }));
    expect(reloaded.currentKeyId).toBe(rotated.current.id);
    expect(reloaded.decryptJson(oldCiphertext, aad)).toEqual(secret);
    const moved = reloaded.reencrypt(oldCiphertext, aad);
    expect(ciphertextKeyId(moved)).toBe(rotated.current.id);
    expect(reloaded.decryptJson(moved, aad)).toEqual(secret);
  });

  it("retires old keys, after which their ciphertexts fail with unknown-key", () => {
    const original = load();
    const oldId = original.current.id;
    const oldCiphertext = createVault(original).encryptJson(secret, aad);
    const rotated = rotateKeyring(original, { env: process.env });
    const moved = createVault(rotated).reencrypt(oldCiphertext, aad);

    expect(retireKeys(rotated, [oldId])).toBe(rotated);
    const retired = retireKeys(rotated, [rotated.current.id]);
    expect([...retired.keys.keys()]).toEqual([rotated.current.id]);
    expect(storedIds()).toEqual({ current: rotated.current.id, ids: [rotated.current.id] });

    const vault = createVault(load());
    expect(vault.hasKey(oldId)).toBe(false);
    expect(vault.decryptJson(moved, aad)).toEqual(secret);
    expect(() => vault.decryptJson(oldCiphertext, aad)).toThrow(expect.objectContaining({ code: "unknown-key" }));
    expect(() => load({ existingKeyIds: [oldId] })).toThrow(expect.objectContaining({ code: "key-mismatch" }));
  });

  it("refuses to keep a key it does not hold", () => {
    const keyring = rotateKeyring(load(), { env: process.env });
    expect(() => retireKeys(keyring, ["0123456789ab"])).toThrow(expect.objectContaining({ code: "key-mismatch" }));
    expect(storedIds().ids).toHaveLength(2);
  });

  it("refuses to write from a keyring older than the file", () => {
    const stale = rotateKeyring(load(), { env: process.env });
    rotateKeyring(stale, { env: process.env });
    expect(() => rotateKeyring(stale, { env: process.env })).toThrow(VaultConfigError);
    expect(() => retireKeys(stale, [])).toThrow(expect.objectContaining({ code: "rotation" }));
    expect(storedIds().ids).toHaveLength(3);
  });
});

describe("rotating keys from the environment", () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const oldId = fingerprintKey(oldKey);
  const newId = fingerprintKey(newKey);

  it("moves to HOSTDECK_NEW_SECRET_KEY and survives the documented procedure", () => {
    vi.stubEnv("HOSTDECK_SECRET_KEY", oldKey.toString("hex"));
    const before = load();
    const oldCiphertext = createVault(before).encryptJson(secret, aad);

    // Step 1: the new key is announced; the server reads it but still writes with the old key.
    vi.stubEnv("HOSTDECK_NEW_SECRET_KEY", newKey.toString("hex"));
    const announced = load({ existingKeyIds: [oldId] });
    expect(announced.current.id).toBe(oldId);
    expect(announced.keys.has(newId)).toBe(true);

    // Step 2: vault:rotate re-encrypts every row with the new key.
    const rotated = createVault(rotateKeyring(announced, { env: process.env }));
    expect(rotated.currentKeyId).toBe(newId);
    const moved = rotated.reencrypt(oldCiphertext, aad);
    expect(ciphertextKeyId(moved)).toBe(newId);
    expect(createVault(announced).decryptJson(moved, aad)).toEqual(secret);

    // Step 3: the new key becomes HOSTDECK_SECRET_KEY, the old one is dropped.
    vi.stubEnv("HOSTDECK_SECRET_KEY", newKey.toString("base64"));
    vi.stubEnv("HOSTDECK_NEW_SECRET_KEY", undefined);
    const after = createVault(load({ existingKeyIds: [newId] }));
    expect(after.decryptJson(moved, aad)).toEqual(secret);
    expect(() => after.decryptJson(oldCiphertext, aad)).toThrow(VaultError);
    // A row still on the old key stops the start instead of failing later.
    expect(() => load({ existingKeyIds: [newId, oldId] })).toThrow(expect.objectContaining({ code: "key-mismatch" }));
  });

  it("needs HOSTDECK_NEW_SECRET_KEY, and a different one", () => {
    vi.stubEnv("HOSTDECK_SECRET_KEY", oldKey.toString("hex"));
    const keyring = load();
    expect(() => rotateKeyring(keyring, { env: process.env })).toThrow(/HOSTDECK_NEW_SECRET_KEY is not set/);
    vi.stubEnv("HOSTDECK_NEW_SECRET_KEY", oldKey.toString("base64"));
    expect(() => rotateKeyring(keyring, { env: process.env })).toThrow(/already the current key/);
  });

  it("cannot retire keys that live in the environment", () => {
    vi.stubEnv("HOSTDECK_SECRET_KEY", oldKey.toString("hex"));
    expect(() => retireKeys(load(), [])).toThrow(/HOSTDECK_PREVIOUS_SECRET_KEYS/);
  });
});
