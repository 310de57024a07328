import { createHmac } from "node:crypto";

import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type ActionResult } from "./result";
import { AppError } from "@/lib/errors/app-error";

const WAIT_FOR_FIRST_MS = 15_000;
const POLL_MS = 50;

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
  return createHmac("sha256", process.env.AUTH_SECRET ?? "hostdeck-idempotency").update(stableStringify(payload)).digest("hex");
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `execute` at most once per (user, action, key). A second submit with the same key gets the
 * first result (waiting for it if the first is still running); the same key with another payload is refused.
 * Results are only stored for completed runs; an unexpected crash frees the key for a retry.
 */
export async function runOnce<T>(
  scope: { userId: string; action: string; key: string; payload: unknown },
  execute: () => Promise<ActionResult<T>>,
  /** What a replay may see: lets an action keep one-time secrets (an invitation link) out of storage. */
  toStored: (result: ActionResult<T>) => ActionResult<T> = (result) => result,
): Promise<ActionResult<T>> {
  const requestHash = hashPayload(scope.payload);
  const where = { userId_action_key: { userId: scope.userId, action: scope.action, key: scope.key } };
  try {
    await db().idempotencyRecord.create({ data: { userId: scope.userId, action: scope.action, key: scope.key, requestHash } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return awaitFirst<T>(where, requestHash);
  }
  let result: ActionResult<T>;
  try {
    result = await execute();
  } catch (error) {
    await db().idempotencyRecord.delete({ where }).catch(() => {});
    throw error;
  }
  await db().idempotencyRecord.update({
    where,
    data: { result: toStored(result) as unknown as Prisma.InputJsonValue, completedAt: new Date() },
  });
  return result;
}

async function awaitFirst<T>(
  where: { userId_action_key: { userId: string; action: string; key: string } },
  requestHash: string,
): Promise<ActionResult<T>> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const record = await db().idempotencyRecord.findUnique({ where });
    if (!record) throw new AppError("in-progress", "The first submission failed; please submit again.");
    if (record.requestHash !== requestHash) {
      throw new AppError("idempotency-mismatch", "This form was already submitted with different values. Reload the page and try again.");
    }
    if (record.completedAt) return record.result as unknown as ActionResult<T>;
    if (Date.now() > deadline) throw new AppError("in-progress", "The first submission is still running; check again in a moment.");
    await sleep(POLL_MS);
  }
}
