import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { pgliteOptions, readDatabaseConfig } from "./config";
import { PrismaClient } from "./generated/client";

type Db = PrismaClient;

const globalForDb = globalThis as { hostdeckDb?: { client: Db; close(): Promise<void> } };

function open(): { client: Db; close(): Promise<void> } {
  const config = readDatabaseConfig();
  if (config.kind === "postgres") {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) });
    return { client, close: () => client.$disconnect() };
  }
  // PGlite lets one process open a data folder at a time: opened lazily, once per process.
  const pglite = new PGlite(config.pgliteDir, pgliteOptions);
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
    },
  };
}

/** The one Prisma client of this process, opened on first use (never at import, so never during `next build`). */
export function db(): Db {
  // Closed by the server's graceful shutdown (lib/runtime/shutdown.ts), after in-flight requests and jobs.
  globalForDb.hostdeckDb ??= open();
  return globalForDb.hostdeckDb.client;
}

/** Makes another client the process's database (tests use an in-memory or throwaway database). */
export function installDb(client: Db, close: () => Promise<void>): void {
  globalForDb.hostdeckDb = { client, close };
}

export async function closeDb(): Promise<void> {
  const opened = globalForDb.hostdeckDb;
  globalForDb.hostdeckDb = undefined;
  await opened?.close();
}

export type { Db };
