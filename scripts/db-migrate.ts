/** `npm run db:migrate`: applies pending migrations to the configured database, then exits (frees PGlite's memory). */
import { openAdapter } from "../lib/db/adapter";
import { readDatabaseConfig } from "../lib/db/config";
import { applyMigrations } from "../lib/db/migrations";

const config = readDatabaseConfig();
const adapter = await openAdapter(config);
try {
  const applied = await applyMigrations(adapter.factory);
  const where = config.kind === "pglite" ? `embedded database in ${config.pgliteDir}` : "PostgreSQL";
  console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${where}: ${applied.join(", ")}` : `The ${where} is up to date.`);
} finally {
  await adapter.close();
}
