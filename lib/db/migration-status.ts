import { readdir } from "node:fs/promises";
import path from "node:path";

import type { Db } from "./client";

export const shippedMigrationsDir = () => path.resolve(/* turbopackIgnore: true */ "prisma/migrations");

/** The migrations this build ships: one folder each under prisma/migrations. */
export async function shippedMigrations(dir = shippedMigrationsDir()): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/**
 * Whether every migration this build ships (a folder under prisma/migrations) is applied and finished.
 * An older instance expects fewer, so it stays ready while a newer one migrates the shared database.
 */
export async function migrationsApplied(database: Db, dir = shippedMigrationsDir()): Promise<boolean> {
  const shipped = await shippedMigrations(dir);
  const rows = await database.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  return shipped.every((name) => applied.has(name));
}
