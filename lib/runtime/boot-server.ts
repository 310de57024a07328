import { closeDb, db } from "../db/client";
import { readDatabaseConfig } from "../db/config";
import { startJobs } from "../jobs/queue";
import { ensureAuthSecret } from "./auth-secret";
import { onShutdown, shutDownBesideNext } from "./shutdown";
import { startSandboxBeside } from "./start-sandbox";

/**
 * Everything the console process runs beside Next.js, started once from instrumentation.ts: the
 * cookie-signing secret from the data folder (written by the start step), the sandbox when enabled,
 * the background jobs (unless HOSTDECK_JOBS=off), and graceful shutdown.
 */
export async function bootServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  shutDownBesideNext();
  onShutdown("database", "database", closeDb);
  env.AUTH_SECRET = ensureAuthSecret(readDatabaseConfig(env).dataDir);
  // Open the database now (PGlite takes a second or two), not on the first request.
  void db().$queryRaw`SELECT 1`.catch(() => {});
  if (env.HOSTDECK_SANDBOX !== "off") await startSandboxBeside(env);
  await startJobs();
}
