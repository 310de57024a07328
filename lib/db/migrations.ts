import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";

import { openSchemaEngine, withPanic } from "./schema-engine";

export const migrationsDir = path.resolve("prisma/migrations");
export const schemaPath = path.resolve("prisma/schema.prisma");
const noFilters = { externalTables: [], externalEnums: [] };

export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function schemaFile(file = schemaPath) {
  return { path: file, content: await readFile(file, "utf8") };
}

/** Applies pending migrations exactly as `prisma migrate deploy` would (same `_prisma_migrations` rows). */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(factory, await schemaFile());
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } catch (error) {
    throw withPanic(error);
  } finally {
    engine.free();
  }
}

/** SQL that takes a database whose history is fully applied to the current schema.prisma. */
export async function diffAgainstSchema(factory: SqlMigrationAwareDriverAdapterFactory, file = schemaPath): Promise<string> {
  const schema = await schemaFile(file);
  const engine = await openSchemaEngine(factory, schema);
  try {
    const history = await readMigrationList();
    const { stdout } = await engine.diff({
      from: history.migrationDirectories.length ? { tag: "migrations", ...history } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return stdout ?? "";
  } catch (error) {
    throw withPanic(error);
  } finally {
    engine.free();
  }
}
