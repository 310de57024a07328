import { readDatabaseConfig } from "../db/config";
import { onShutdown } from "../runtime/shutdown";
import { jobDefinitions } from "./definitions";
import { InProcessQueue } from "./in-process-queue";
import { PostgresQueue } from "./postgres-queue";
import type { JobQueue } from "./types";

export const JOBS_ENV = "HOSTDECK_JOBS";

/** Whether this process takes jobs (`on`, the default) or only sends them to a separate `npm run worker`. */
export function jobsRunHere(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env[JOBS_ENV] !== "off";
}

const globalForJobs = globalThis as { hostdeckJobs?: JobQueue };

/**
 * The process's queue: pg-boss on PostgreSQL, in-process on the embedded default. Created on first use
 * (sending from an action, or startJobs) and stopped by graceful shutdown before the database closes.
 */
export function jobQueue(): JobQueue {
  if (!globalForJobs.hostdeckJobs) {
    const config = readDatabaseConfig();
    const queue: JobQueue =
      config.kind === "postgres" ? new PostgresQueue(config.url, jobDefinitions, { work: jobsRunHere() }) : new InProcessQueue(jobDefinitions);
    globalForJobs.hostdeckJobs = queue;
    onShutdown("jobs", "job queue", () => queue.stop());
  }
  return globalForJobs.hostdeckJobs;
}

/** Starts taking jobs and running schedules here, unless HOSTDECK_JOBS=off. */
export async function startJobs(): Promise<JobQueue> {
  const queue = jobQueue();
  if (jobsRunHere()) await queue.work();
  return queue;
}
