import { db } from "../db/client";
import { migrationsApplied } from "../db/migration-status";
import { sharedStore } from "../shared-state/store";
import { isDraining } from "./shutdown";

export type ReadinessCheck = "shutdown" | "database" | "migrations" | "shared store";

const globalForReadiness = globalThis as { hostdeckMigrationsApplied?: boolean };

/**
 * Whether this instance should get traffic: not shutting down, the database answers, the migrations this
 * build ships are applied (checked until true once; a newer build is a new process), and Redis answers
 * when REDIS_URL is set.
 */
export async function checkReadiness(): Promise<{ ready: boolean; failing: ReadinessCheck[] }> {
  if (isDraining()) return { ready: false, failing: ["shutdown"] };
  const failing: ReadinessCheck[] = [];
  try {
    await db().$queryRaw`SELECT 1`;
    if (!globalForReadiness.hostdeckMigrationsApplied) {
      globalForReadiness.hostdeckMigrationsApplied = await migrationsApplied(db());
      if (!globalForReadiness.hostdeckMigrationsApplied) failing.push("migrations");
    }
  } catch {
    failing.push("database");
  }
  try {
    await sharedStore().ping();
  } catch {
    failing.push("shared store");
  }
  return { ready: failing.length === 0, failing };
}
