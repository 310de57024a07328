import { randomUUID } from "node:crypto";

import { db } from "./client";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Runs `work` while holding the claim `key`, across every instance sharing the database: a second caller gets
 * `busy()` thrown instead of running. The claim is released when `work` ends; a holder that crashed loses it
 * after `leaseMs`, when the next caller takes it over.
 */
export async function withExclusiveClaim<T>(key: string, leaseMs: number, busy: () => Error, work: () => Promise<T>): Promise<T> {
  const holder = randomUUID();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + leaseMs);
  try {
    await db().exclusiveClaim.create({ data: { key, holder, expiresAt } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const takenOver = await db().exclusiveClaim.updateMany({ where: { key, expiresAt: { lt: now } }, data: { holder, expiresAt } });
    if (takenOver.count === 0) throw busy();
  }
  try {
    return await work();
  } finally {
    await db().exclusiveClaim.deleteMany({ where: { key, holder } });
  }
}
