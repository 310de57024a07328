import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { isVaultConfigError, type VaultConfigError, type VaultConfigErrorCode } from "./errors";
import { keyFilePath, writeKeyFile } from "./key-file";
import { loadKeyring, type LoadKeyringOptions } from "./load-keyring";
import { createVault } from "./vault";
import { fingerprintKey, VaultKey } from "./vault-key";

let root: string;
let dataDir: string;

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

function configError(run: () => unknown, code: VaultConfigErrorCode): VaultConfigError {
  try {
    run();
  } catch (error) {
    if (!isVaultConfigError(error)) throw error;
    expect(error.code).toBe(code);
    return error;
  }
  throw new Error("expected a VaultConfigError, but it succeeded");
}

const mode = (path: string) => statSync(path).mode & 0o777;

/** The same bytes, spelled with a last character whose two unused bits are not zero. */
function withUnusedBitsSet(base64: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const last = alphabet.indexOf(base64[42] ?? "");
  const spelled = `${base64.slice(0, 42)}${alphabet[last | 1]}=`;
  if (!Buffer.from(spelled, "base64").equals(Buffer.from(base64, "base64"))) throw new Error("bad test spelling");
  return spelled;
}

describe("keys from the environment", () => {
  const material = randomBytes(32);
  const id = fingerprintKey(material);

  it.each([
    ["hex", material.toString("hex")],
    ["upper-case hex", material.toString("hex").toUpperCase()],
    ["base64", material.toString("base64")],
    ["base64 without padding", material.toString("base64").replace(/=$/, "")],
    ["base64url", material.toString("base64url")],
    ["surrounding whitespace", ` ${material.toString("hex")}\n`],
  ])("reads %s", (_form, value) => {
    vi.stubEnv("HOSTDECK_SECRET_KEY", value);
    const keyring = load();
    expect(keyring.current.id).toBe(id);
    expect(keyring.source).toEqual({ kind: "env" });
    expect(existsSync(keyFilePath(dataDir))).toBe(false);
  });

  it("reads base64url keys that use - and _", () => {
    const urlish = Buffer.alloc(32, 0xfb).fill(0xff, 16);
    vi.stubEnv("HOSTDECK_SECRET_KEY", urlish.toString("base64url"));
    expect(urlish.toString("base64url")).toMatch(/[-_]/);
    expect(load().current.id).toBe(fingerprintKey(urlish));
  });

  it.each([
    ["31 bytes of hex", randomBytes(31).toString("hex")],
    ["33 bytes of hex", randomBytes(33).toString("hex")],
    ["31 bytes of base64", randomBytes(31).toString("base64")],
    ["48 bytes of base64", randomBytes(48).toString("base64")],
    ["a password", "hunter2-hunter2-hunter2"],
    ["garbage of the right length", "zz".repeat(32)],
    ["mixed base64 alphabets", `+_${randomBytes(32).toString("base64url").slice(2)}`],
    ["base64 with unused bits set", withUnusedBitsSet(material.toString("base64"))],
    ["a repeated byte", "00".repeat(32)],
  ])("refuses %s, naming the variable but not the value", (_form, value) => {
    vi.stubEnv("HOSTDECK_SECRET_KEY", value);
    const error = configError(() => load(), "invalid-key");
    expect(error.message).toContain("HOSTDECK_SECRET_KEY");
    expect(error.message).toMatch(/64 hex characters or as base64|placeholder/);
    expect(error.message).not.toContain(value.slice(0, 8));
  });

  it("refuses a bad previous key, naming its position but not its value", () => {
    vi.stubEnv("HOSTDECK_SECRET_KEY", material.toString("hex"));
    vi.stubEnv("HOSTDECK_PREVIOUS_SECRET_KEYS", `${randomBytes(32).toString("hex")},not-a-key-value`);
    const error = configError(() => load(), "invalid-key");
    expect(error.message).toContain("HOSTDECK_PREVIOUS_SECRET_KEYS (entry 2)");
    expect(error.message).not.toContain("not-a-key-value");
  });

  it("refuses previous or new keys without a current key", () => {
    vi.stubEnv("HOSTDECK_PREVIOUS_SECRET_KEYS", material.toString("hex"));
    expect(configError(() => load(), "missing-key").message).toContain("HOSTDECK_SECRET_KEY is not");
  });

  it("keeps previous and new keys readable and writes with the current one", () => {
    const previous = [randomBytes(32), randomBytes(32)];
    const next = randomBytes(32);
    vi.stubEnv("HOSTDECK_SECRET_KEY", material.toString("base64"));
    vi.stubEnv("HOSTDECK_PREVIOUS_SECRET_KEYS", `${previous[0]?.toString("hex")}, ${previous[1]?.toString("base64url")},`);
    vi.stubEnv("HOSTDECK_NEW_SECRET_KEY", next.toString("hex"));
    const keyring = load({ existingKeyIds: previous.map((key) => fingerprintKey(key)) });
    expect(keyring.current.id).toBe(id);
    expect([...keyring.keys.keys()].sort()).toEqual([id, ...[...previous, next].map((key) => fingerprintKey(key))].sort());
  });

  it("treats a blank variable as unset", () => {
    vi.stubEnv("HOSTDECK_SECRET_KEY", "  ");
    expect(load().source.kind).toBe("file");
  });

  it("refuses a key that differs from the one the data was written with", () => {
    const old = new VaultKey(randomBytes(32));
    vi.stubEnv("HOSTDECK_SECRET_KEY", material.toString("hex"));
    const error = configError(() => load({ existingKeyIds: [id, old.id, old.id] }), "key-mismatch");
    expect(error.message).toContain("configured key differs from the one the data was written with");
    expect(error.message).toContain(`missing key ids ${old.id})`);
    expect(error.message).toContain("HOSTDECK_PREVIOUS_SECRET_KEYS");

    vi.stubEnv("HOSTDECK_PREVIOUS_SECRET_KEYS", old.material().toString("hex"));
    expect(load({ existingKeyIds: [id, old.id] }).keys.has(old.id)).toBe(true);
  });

  it("points at an ignored key file when the env key does not match the data", () => {
    const fileKeyring = load();
    vi.stubEnv("HOSTDECK_SECRET_KEY", material.toString("hex"));
    const error = configError(() => load({ existingKeyIds: [fileKeyring.current.id] }), "key-mismatch");
    expect(error.message).toContain(`${keyFilePath(dataDir)} exists but is ignored`);
  });
});

describe("the generated key file", () => {
  it("is created once with mode 0600 in a 0700 folder and reused", () => {
    const first = load();
    const path = keyFilePath(dataDir);
    expect(first.source).toEqual({ kind: "file", path });
    expect(mode(path)).toBe(0o600);
    expect(mode(dataDir)).toBe(0o700);

    const stored = JSON.parse(readFileSync(path, "utf8")) as { version: number; current: string; keys: { id: string }[] };
    expect(stored).toMatchObject({ version: 1, current: first.current.id, keys: [{ id: first.current.id }] });

    const second = load({ existingKeyIds: [first.current.id] });
    expect(second.current.id).toBe(first.current.id);
    const third = load({ allowGenerate: false, existingKeyIds: [first.current.id] });
    expect(third.current.id).toBe(first.current.id);

    const ciphertext = createVault(first).encryptJson({ token: "abc" }, { aad: "c1:credentials" });
    expect(createVault(third).decryptJson(ciphertext, { aad: "c1:credentials" })).toEqual({ token: "abc" });
  });

  it("is never created over existing encrypted data", () => {
    const error = configError(() => load({ existingKeyIds: ["0123456789ab", "ba9876543210"] }), "refuse-generate");
    expect(error.message).toBe(
      "Refusing to create a new key over existing encrypted data (key ids 0123456789ab, ba9876543210); " +
        `restore ${keyFilePath(dataDir)} or set HOSTDECK_SECRET_KEY.`,
    );
    expect(existsSync(keyFilePath(dataDir))).toBe(false);
  });

  it("is not created for an external database", () => {
    const error = configError(() => load({ allowGenerate: false }), "missing-key");
    expect(error.message).toContain("HOSTDECK_SECRET_KEY is not set");
    expect(existsSync(keyFilePath(dataDir))).toBe(false);
    configError(() => loadKeyring({ env: process.env, allowGenerate: true, existingKeyIds: [] }), "missing-key");
  });

  it("is refused when it does not hold the key the data was written with", () => {
    load();
    const error = configError(() => load({ existingKeyIds: ["0123456789ab"] }), "key-mismatch");
    expect(error.message).toContain("configured key differs from the one the data was written with (missing key ids 0123456789ab)");
  });

  it.each([0o640, 0o604, 0o660, 0o644])("is refused when its mode is %o", (badMode) => {
    load();
    const path = keyFilePath(dataDir);
    chmodSync(path, badMode);
    const error = configError(() => load(), "key-file-permissions");
    expect(error.message).toContain(path);
    expect(error.message).toContain(`chmod 600 ${path}`);
  });

  it("is never replaced when the file is lost to a race", () => {
    const first = load();
    const path = keyFilePath(dataDir);
    const before = readFileSync(path, "utf8");
    const other = new VaultKey(randomBytes(32));
    expect(writeKeyFile(path, { current: other, keys: [other] }, { replace: false })).toBe(false);
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(load().current.id).toBe(first.current.id);
  });

  describe("when corrupt", () => {
    const key = new VaultKey(randomBytes(32), "2025-01-01T00:00:00.000Z");
    const entry = { id: key.id, key: key.material().toString("base64"), createdAt: key.createdAt };
    const other = new VaultKey(randomBytes(32));

    it.each([
      ["empty", ""],
      ["not JSON", "{ version: 1"],
      ["the wrong version", JSON.stringify({ version: 2, current: key.id, keys: [entry] })],
      ["no keys", JSON.stringify({ version: 1, current: key.id, keys: [] })],
      ["a short key", JSON.stringify({ version: 1, current: key.id, keys: [{ ...entry, key: "AAAA" }] })],
      ["an id that does not match its key", JSON.stringify({ version: 1, current: other.id, keys: [{ ...entry, id: other.id }] })],
      ["an unknown current id", JSON.stringify({ version: 1, current: other.id, keys: [entry] })],
      ["a duplicate key", JSON.stringify({ version: 1, current: key.id, keys: [entry, entry] })],
      ["a bad date", JSON.stringify({ version: 1, current: key.id, keys: [{ ...entry, createdAt: "yesterday" }] })],
    ])("with %s, is refused and left alone", (_case, content) => {
      load();
      const path = keyFilePath(dataDir);
      writeFileSync(path, content, { mode: 0o600 });
      const error = configError(() => load(), "key-file-corrupt");
      expect(error.message).toContain(`Vault key file ${path} is corrupt`);
      expect(error.message).not.toContain(entry.key);
      expect(readFileSync(path, "utf8")).toBe(content);
    });
  });
});
