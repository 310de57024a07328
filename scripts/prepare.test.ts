import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Runs the pre-start step as `npm start` does, in its own process. */
async function prepare(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/prepare.ts"], {
      env: { ...process.env, HOSTDECK_SECRET_KEY: "", ...env },
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("starting on the embedded database", () => {
  let dataDir: string;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("generates the vault key once (0600), reuses it, and refuses a key that cannot read the stored data", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "hostdeck-prepare-"));
    const env = { DATABASE_URL: `pglite:${dataDir}/pglite` };

    const first = await prepare(env);
    expect(first.output).toContain("Applied migrations");
    expect(first.code).toBe(0);
    const keyFile = path.join(dataDir, "vault-keys.json");
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const keyId = /Vault ready \(key (\w+)/.exec(first.output)?.[1];
    expect(keyId).toBeTruthy();

    // Data written with that key.
    const pglite = new PGlite(path.join(dataDir, "pglite"));
    await pglite.query(`INSERT INTO "Team" (id, name, slug) VALUES ('00000000-0000-4000-8000-000000000001', 'T', 't')`);
    await pglite.query(
      `INSERT INTO "Connection" (id, "teamId", kind, label, "baseUrl", "secretCiphertext", "secretKeyId", "updatedAt") VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'ipmodule', 'c', 'https://example.com', 'v1.${keyId}.x.y.z', '${keyId}', now())`,
    );
    await pglite.close();

    const again = await prepare(env);
    expect(again.code).toBe(0);
    expect(again.output).toContain(`Vault ready (key ${keyId}`);

    const otherKey = await prepare({ ...env, HOSTDECK_SECRET_KEY: randomBytes(32).toString("hex") });
    expect(otherKey.code).not.toBe(0);
    expect(otherKey.output).toMatch(/configured key differs from the one the data was written with/);

    await rm(keyFile);
    const lostKey = await prepare(env);
    expect(lostKey.code).not.toBe(0);
    expect(lostKey.output).toMatch(/Refusing to create a new key over existing encrypted data/);
    expect(existsSync(keyFile)).toBe(false);
  }, 240_000);
});
