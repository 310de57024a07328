/**
 * `npm run worker`: only the background jobs, for deployments that run them apart from the console
 * instances (those then set HOSTDECK_JOBS=off). PostgreSQL only: the embedded database has one process.
 */
import { closeDb } from "../lib/db/client";
import { readDatabaseConfig } from "../lib/db/config";
import { startJobs } from "../lib/jobs/queue";
import { onShutdown, shutDownAlone } from "../lib/runtime/shutdown";

if (readDatabaseConfig().kind !== "postgres") {
  console.error("npm run worker needs PostgreSQL (DATABASE_URL=postgresql://…); on the embedded database the console runs the jobs itself.");
  process.exit(2);
}
process.env.HOSTDECK_JOBS = "on";
shutDownAlone();
onShutdown("database", "database", closeDb);
await startJobs();
console.log("Hostdeck worker: taking jobs (SIGTERM finishes running ones and stops).");
