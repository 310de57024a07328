import { db } from "../db/client";

/** Longer than any retry of a form a person would make; the key only guards against double submits. */
export const IDEMPOTENCY_KEEP_MS = 24 * 60 * 60_000;
/** Ended follow-ups stay listed on the Tasks page this long; the audit keeps them for good. */
export const FOLLOWED_TASK_KEEP_MS = 30 * 24 * 60 * 60_000;

/** Deletes idempotency rows, ended task follow-ups and sessions past their keeping time. */
export async function expireRecords(now = new Date()): Promise<{ idempotency: number; followedTasks: number; sessions: number }> {
  const idempotency = await db().idempotencyRecord.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_KEEP_MS) } } });
  const followedTasks = await db().followedTask.deleteMany({
    where: { state: { not: "running" }, finishedAt: { lt: new Date(now.getTime() - FOLLOWED_TASK_KEEP_MS) } },
  });
  // A session past its expiry is refused on every request already; the row only takes room.
  const sessions = await db().session.deleteMany({ where: { expiresAt: { lt: now } } });
  return { idempotency: idempotency.count, followedTasks: followedTasks.count, sessions: sessions.count };
}
