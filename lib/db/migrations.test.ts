import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";

import { applyMigrations, diffAgainstSchema, migrationsDir, readMigrationList, schemaPath } from "./migrations";

interface Backend {
  name: string;
  factory: () => Promise<{ factory: PrismaPGlite | PrismaPg; query: (sql: string) => Promise<Record<string, unknown>[]>; close: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: "PGlite",
    async factory() {
      const pglite = new PGlite();
      return { factory: new PrismaPGlite(pglite), query: async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows, close: () => pglite.close() };
    },
  },
];

const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  backends.push({
    name: "PostgreSQL",
    async factory() {
      const name = `hostdeck_migrate_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return {
        factory: new PrismaPg({ connectionString: url.toString(), max: 2 }),
        query: async (sql) => (await client.query(sql)).rows as Record<string, unknown>[],
        close: async () => {
          await client.end();
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  });
}

describe.each(backends)("migrations on $name", ({ factory }) => {
  const opened: { close: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.close();
  });

  it("applies the history once and records it in _prisma_migrations as `prisma migrate deploy` does", async () => {
    const database = await factory();
    opened.push(database);
    const history = await readMigrationList();
    const applied = await applyMigrations(database.factory);
    expect(applied).toEqual(history.migrationDirectories.map((d) => d.path));

    const rows = await database.query(
      'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toHaveLength(history.migrationDirectories.length);
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir, String(row.migration_name), "migration.sql"), "utf8");
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = (await database.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(["User", "Team", "Membership", "Invitation", "Connection", "AuditEvent", "IdempotencyRecord"]));

    expect(await applyMigrations(database.factory)).toEqual([]);
  });
});

describe("new migrations", () => {
  it("the committed history matches prisma/schema.prisma (no migration is missing)", async () => {
    const scratch = new PGlite();
    try {
      const sql = await diffAgainstSchema(new PrismaPGlite(scratch));
      expect(sql).not.toMatch(/\b(CREATE|ALTER|DROP)\b/);
    } finally {
      await scratch.close();
    }
  });

  it("a schema change produces the SQL of a new migration", async () => {
    const changed = path.join(os.tmpdir(), `schema-${process.pid}.prisma`);
    await writeFile(changed, `${await readFile(schemaPath, "utf8")}\nmodel Probe {\n  id   String @id\n  note String?\n}\n`);
    const scratch = new PGlite();
    try {
      const sql = await diffAgainstSchema(new PrismaPGlite(scratch), changed);
      expect(sql).toContain('CREATE TABLE "Probe"');
      expect(sql).not.toContain('CREATE TABLE "User"');
    } finally {
      await scratch.close();
    }
  });
});
