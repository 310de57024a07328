import { mkdir } from "node:fs/promises";

import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { pgliteOptions, type DatabaseConfig } from "./config";

export interface OpenedAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/** Imported lazily so neither driver is loaded unless used (and PGlite never during `next build`). */
export async function openAdapter(config: DatabaseConfig): Promise<OpenedAdapter> {
  if (config.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const factory = new PrismaPg({ connectionString: config.url, max: 10 });
    return { factory, close: async () => {} };
  }
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import("@electric-sql/pglite"), import("pglite-prisma-adapter")]);
  await mkdir(config.pgliteDir, { recursive: true });
  const pglite = await PGlite.create(config.pgliteDir, pgliteOptions);
  return { factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}
