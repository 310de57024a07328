import { createHmac } from "node:crypto";

import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors/app-error";
import type { ActionResult } from "./result";

const WAIT_FOR_FIRST_MS = 15_000;
const POLL_MS = 50;
/** A running submit renews its lease every third of this; one that stopped renewing (a crash) lapses after it. */
export const LEASE_MS = 60_000;

/** Stable JSON (sorted keys) so the same payload always hashes the same. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Keyed, so a stored hash says nothing about a payload that held a password or an API key. */
export function hashPayload(payload: unknown): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "hostdeck-idempotency")
    .update(stableStringify(payload))
    .digest("hex");
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ItemState = "started" | "done" | "failed";

/** What an earlier, interrupted submission of the same work recorded about one item. */
export interface PreviousItem {
  state: ItemState;
  detail: Prisma.JsonValue;
}

/**
 * Per-item accounting for changes that work through several items. `start` is written before the provider call
 * (with what the change will set), `done`/`failed` after; `previous` tells what an interrupted earlier submission
 * of the same work recorded, so a retry can skip what was done.
 */
export interface Progress {
  start(item: string, detail?: Prisma.InputJsonValue): Promise<void>;
  done(item: string, detail?: Prisma.InputJsonValue): Promise<void>;
  failed(item: string, message: string): Promise<void>;
  previous(item: string): PreviousItem | undefined;
}

/** For reads and anything that runs without an idempotency record: records nothing, remembers nothing. */
export const noProgress: Progress = { start: async () => {}, done: async () => {}, failed: async () => {}, previous: () => undefined };

function progressFor(recordId: string, previous: Map<string, PreviousItem>): Progress {
  const write = async (item: string, state: ItemState, detail?: Prisma.InputJsonValue) => {
    await db().operationItem.upsert({
      where: { recordId_item: { recordId, item } },
      create: { recordId, item, state, detail },
      update: { state, ...(detail === undefined ? {} : { detail }) },
    });
  };
  return {
    start: (item, detail) => write(item, "started", detail),
    done: (item, detail) => write(item, "done", detail),
    failed: (item, message) => write(item, "failed", { message }),
    previous: (item) => previous.get(item),
  };
}

/**
 * Items recorded by earlier submissions of the same payload that did not complete (latest record wins), and the ids
 * of those that are over (interrupted or lease lapsed), to be settled once this submission completes the work.
 */
async function interruptedTwins(
  scope: { userId: string; action: string },
  requestHash: string,
  exceptId: string,
): Promise<{ previous: Map<string, PreviousItem>; over: string[] }> {
  const now = new Date();
  const twins = await db().idempotencyRecord.findMany({
    where: {
      userId: scope.userId,
      action: scope.action,
      requestHash,
      id: { not: exceptId },
      // Interrupted ones, and any still open: after a crash a lease may not have lapsed yet when the work is resubmitted.
      OR: [{ interruptedAt: { not: null }, result: { equals: Prisma.DbNull } }, { completedAt: null }],
    },
    select: { id: true, interruptedAt: true, leaseExpiresAt: true, createdAt: true, items: { select: { item: true, state: true, detail: true } } },
    orderBy: { createdAt: "asc" },
  });
  const previous = new Map<string, PreviousItem>();
  for (const twin of twins) for (const row of twin.items) previous.set(row.item, { state: row.state as ItemState, detail: row.detail });
  const over = twins
    .filter((twin) => twin.interruptedAt || (twin.leaseExpiresAt ?? new Date(twin.createdAt.getTime() + LEASE_MS)) < now)
    .map((twin) => twin.id);
  return { previous, over };
}

/** Once the same work completed, an interrupted submission is settled: its key answers "interrupted" from then on. */
const SETTLED: ActionResult<never> = {
  ok: false,
  code: "interrupted",
  error: "This submission was interrupted; the same work was submitted again and completed. See the audit log for what was done.",
};

/**
 * Runs `execute` at most once per (user, action, key). A second submit with the same key gets the first result
 * (waiting for it if the first is still running); the same key with another payload is refused. While it runs, the
 * first submit holds a lease; a retry after the lease lapsed (the console stopped mid-way) is told the work was
 * interrupted and what is known of it, instead of waiting forever. Results are only stored for completed runs.
 */
export async function runOnce<T>(
  scope: { userId: string; action: string; key: string; payload: unknown },
  execute: (progress: Progress) => Promise<ActionResult<T>>,
  /** What a replay may see: lets an action keep one-time secrets (an invitation link) out of storage. */
  toStored: (result: ActionResult<T>) => ActionResult<T> = (result) => result,
): Promise<ActionResult<T>> {
  const requestHash = hashPayload(scope.payload);
  const where = { userId_action_key: { userId: scope.userId, action: scope.action, key: scope.key } };
  let recordId: string;
  try {
    const record = await db().idempotencyRecord.create({
      data: { userId: scope.userId, action: scope.action, key: scope.key, requestHash, leaseExpiresAt: new Date(Date.now() + LEASE_MS) },
      select: { id: true },
    });
    recordId = record.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return awaitFirst<T>(where, requestHash);
  }
  const renew = setInterval(() => {
    void db()
      .idempotencyRecord.updateMany({ where: { id: recordId, completedAt: null }, data: { leaseExpiresAt: new Date(Date.now() + LEASE_MS) } })
      .catch(() => {});
  }, LEASE_MS / 3);
  renew.unref();
  let result: ActionResult<T>;
  const twins = await interruptedTwins(scope, requestHash, recordId);
  try {
    result = await execute(progressFor(recordId, twins.previous));
  } catch (error) {
    await db()
      .idempotencyRecord.delete({ where })
      .catch(() => {});
    throw error;
  } finally {
    clearInterval(renew);
  }
  await db().idempotencyRecord.update({
    where,
    data: { result: toStored(result) as unknown as Prisma.InputJsonValue, completedAt: new Date(), leaseExpiresAt: null },
  });
  if (twins.over.length > 0) {
    await db().idempotencyRecord.updateMany({
      where: { id: { in: twins.over } },
      data: { result: SETTLED as unknown as Prisma.InputJsonValue, completedAt: new Date(), interruptedAt: new Date() },
    });
  }
  return result;
}

/** What is known of an interrupted submission, for the person retrying it. */
function interruptedResult(items: { item: string; state: string }[]): ActionResult<never> {
  const done = items.filter((i) => i.state === "done").map((i) => i.item);
  const unsure = items.filter((i) => i.state === "started").map((i) => i.item);
  const failed = items.filter((i) => i.state === "failed").map((i) => i.item);
  const parts = [
    done.length ? `Done: ${done.join(", ")}.` : "",
    unsure.length ? `Started, outcome unknown: ${unsure.join(", ")}.` : "",
    failed.length ? `Failed: ${failed.join(", ")}.` : "",
  ].filter(Boolean);
  const known = parts.length ? ` ${parts.join(" ")}` : " Nothing it did was recorded; check the audit log.";
  return {
    ok: false,
    code: "interrupted",
    error: `This submission was interrupted before it finished (the console stopped while it ran).${known} Submitting the same work again skips what was done.`,
  };
}

async function awaitFirst<T>(where: { userId_action_key: { userId: string; action: string; key: string } }, requestHash: string): Promise<ActionResult<T>> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const record = await db().idempotencyRecord.findUnique({
      where,
      include: { items: { select: { item: true, state: true }, orderBy: { updatedAt: "asc" } } },
    });
    if (!record) throw new AppError("in-progress", "The first submission failed; please submit again.");
    if (record.requestHash !== requestHash) {
      throw new AppError("idempotency-mismatch", "This form was already submitted with different values. Reload the page and try again.");
    }
    if (record.completedAt) return record.result as unknown as ActionResult<T>;
    // A record without a lease was written before leases existed: it counts as lapsed once a lease would have.
    const leaseEnd = record.leaseExpiresAt ?? new Date(record.createdAt.getTime() + LEASE_MS);
    if (record.interruptedAt || leaseEnd < new Date()) {
      await db().idempotencyRecord.updateMany({ where: { id: record.id, completedAt: null }, data: { interruptedAt: record.interruptedAt ?? new Date() } });
      return interruptedResult(record.items);
    }
    if (Date.now() > deadline) throw new AppError("in-progress", "The first submission is still running; check again in a moment.");
    await sleep(POLL_MS);
  }
}
