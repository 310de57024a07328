import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";

import { credentialsAad } from "@/lib/connections/vault";
import { TEMPLATE_ENV } from "@/lib/db/testing";
import { createVault, loadKeyring } from "@/lib/vault";

const run = promisify(execFile);

async function rotate(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/vault-rotate.ts"], {
      env: { ...process.env, HOSTDECK_SECRET_KEY: "", HOSTDECK_NEW_SECRET_KEY: "", ...env },
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("npm run vault:rotate", () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("goes on past a row it cannot decrypt, lists it, exits non-zero and keeps the key that row still carries", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "hostdeck-rotate-"));
    const keyring = loadKeyring({ dataDir, env: {}, allowGenerate: true, existingKeyIds: [] });
    const vault = createVault(keyring);
    const oldKey = vault.currentKeyId;

    const pglite = new PGlite(path.join(dataDir, "pglite"), { loadDataDir: new Blob([await readFile(process.env[TEMPLATE_ENV]!)]) });
    const teamId = randomUUID();
    await pglite.query(`INSERT INTO "Team" (id, name, slug) VALUES ($1, 'T', $2)`, [teamId, `t-${teamId}`]);
    const rows = ["first", "broken", "third"].map((label) => ({ id: randomUUID(), label }));
    for (const row of rows) {
      let ciphertext = vault.encryptJson({ token: `${row.label}-secret` }, credentialsAad(row.id));
      if (row.label === "broken") ciphertext = ciphertext.slice(0, -3) + (ciphertext.at(-3) === "A" ? "B" : "A") + ciphertext.slice(-2);
      await pglite.query(
        `INSERT INTO "Connection" (id, "teamId", kind, label, "baseUrl", "secretCiphertext", "secretKeyId", "updatedAt") VALUES ($1, $2, 'ipmodule', $3, 'https://example.com/ip.php', $4, $5, now())`,
        [row.id, teamId, row.label, ciphertext, oldKey],
      );
    }
    await pglite.close();

    const result = await rotate({ DATABASE_URL: `pglite:${dataDir}/pglite`, HOSTDECK_DATA_DIR: dataDir });
    expect(result.code).not.toBe(0);
    const broken = rows.find((row) => row.label === "broken")!;
    expect(result.output).toContain(broken.id);
    expect(result.output).toContain("Re-encrypted 2 secret(s)");
    expect(result.output).not.toMatch(/\n\s+at /);

    // The key file still holds the old key, because the broken row still carries it; the others moved on.
    const after = loadKeyring({ dataDir, env: {}, allowGenerate: false, existingKeyIds: [oldKey] });
    expect(after.keys.has(oldKey)).toBe(true);
    expect(after.current.id).not.toBe(oldKey);
    const reopened = new PGlite(path.join(dataDir, "pglite"));
    const stored = await reopened.query<{ id: string; secretKeyId: string; secretCiphertext: string }>(
      `SELECT id, "secretKeyId", "secretCiphertext" FROM "Connection"`,
    );
    await reopened.close();
    const reader = createVault(after);
    for (const row of stored.rows) {
      const label = rows.find((r) => r.id === row.id)!.label;
      if (label === "broken") {
        expect(row.secretKeyId).toBe(oldKey);
      } else {
        expect(row.secretKeyId).toBe(after.current.id);
        expect(reader.decryptJson(row.secretCiphertext, credentialsAad(row.id))).toEqual({ token: `${label}-secret` });
      }
    }
  });
});
