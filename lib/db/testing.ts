/**
 * Test databases: an in-memory PGlite loaded from a migrated template (built once by the vitest global
 * setup), and, when TEST_DATABASE_URL is set, a fresh PostgreSQL database per use that is dropped after.
 * Either is installed as the process's `db()` so code under test uses it unchanged.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { installDb } from "./client";
import { PrismaClient } from "./generated/client";
import { applyMigrations } from "./migrations";

export const TEMPLATE_ENV = "HOSTDECK_TEST_TEMPLATE";

export type TestBackend = "pglite" | "postgres";

export interface TestDatabase {
  backend: TestBackend;
  db: PrismaClient;
  close(): Promise<void>;
}

/** Backends to run database-layer tests on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

async function openPglite(): Promise<TestDatabase> {
  const templatePath = process.env[TEMPLATE_ENV];
  if (!templatePath) throw new Error(`${TEMPLATE_ENV} is not set: run tests through vitest (global setup builds the template).`);
  const pglite = new PGlite({ loadDataDir: new Blob([await readFile(templatePath)]) });
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    backend: "pglite",
    db,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

/** An empty PostgreSQL database of its own on TEST_DATABASE_URL's server; `drop` removes it. */
export async function createThrowawayPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `hostdeck_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function openPostgres(): Promise<TestDatabase> {
  const { url, drop } = await createThrowawayPostgres();
  const factory = new PrismaPg({ connectionString: url, max: 4 });
  await applyMigrations(factory);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  return {
    backend: "postgres",
    db,
    close: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}

/** Opens a fresh database of the given backend and makes it this process's `db()`. */
export async function openTestDatabase(backend: TestBackend = "pglite"): Promise<TestDatabase> {
  const opened = backend === "pglite" ? await openPglite() : await openPostgres();
  installDb(opened.db, opened.close);
  return opened;
}
