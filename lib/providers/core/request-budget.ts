import { RateLimiterQueue, RateLimiterQueueError, type RateLimiterAbstract } from "rate-limiter-flexible";

import { sharedStore } from "../../shared-state/store";
import { ProviderError } from "./errors";

export interface BudgetSettings {
  requestsPerMinute: number;
  /** Calls allowed to wait for a slot; one more fails fast. */
  maxQueueSize?: number;
  /** Length of the budget window; a minute outside tests. */
  windowMs?: number;
}

export const DEFAULT_MAX_QUEUE_SIZE = 50;

interface Budget {
  points: number;
  windowMs: number;
  maxQueueSize: number;
  /** Counts in the shared store: one budget per provider account across all instances. */
  limiter: RateLimiterAbstract;
  queue: RateLimiterQueue;
  /** Calls inside acquireRequestSlot right now, used to estimate each newcomer's wait. */
  pending: number;
}

const QUEUE_KEY = "budget";

/** connectionId → this process's queue onto the connection's shared budget. */
const budgets = new Map<string, Budget>();

function budgetFor(connectionId: string, settings: BudgetSettings): Budget {
  const points = Math.max(1, Math.floor(settings.requestsPerMinute));
  const windowMs = settings.windowMs ?? 60_000;
  const maxQueueSize = settings.maxQueueSize ?? DEFAULT_MAX_QUEUE_SIZE;
  const existing = budgets.get(connectionId);
  if (existing && existing.points === points && existing.windowMs === windowMs && existing.maxQueueSize === maxQueueSize) {
    return existing;
  }
  // A changed budget gets a fresh limiter (and counter); calls already queued on the old one finish there.
  const limiter = sharedStore().limiter({ points, durationSeconds: windowMs / 1000, keyPrefix: `provider:${connectionId}:${points}/${windowMs}ms` });
  const budget: Budget = { points, windowMs, maxQueueSize, limiter, queue: new RateLimiterQueue(limiter, { maxQueueSize }), pending: 0 };
  budgets.set(connectionId, budget);
  return budget;
}

/** How long a call with `ahead` calls before it would wait for a slot in a fixed window. */
async function estimateWaitMs(budget: Budget, ahead: number): Promise<{ waitMs: number; queuePosition: number }> {
  const state = await budget.limiter.get(QUEUE_KEY);
  const remaining = Math.max(0, budget.points - (state?.consumedPoints ?? 0));
  if (ahead < remaining) return { waitMs: 0, queuePosition: -1 };
  const queuePosition = ahead - remaining;
  const untilNextWindow = state && state.msBeforeNext > 0 ? state.msBeforeNext : budget.windowMs;
  return { waitMs: untilNextWindow + Math.floor(queuePosition / budget.points) * budget.windowMs, queuePosition };
}

function describe(budget: Budget): string {
  const per = budget.windowMs === 60_000 ? "minute" : `${budget.windowMs} ms`;
  return `Request budget of ${budget.points} per ${per} used up`;
}

function rateLimited(message: string): ProviderError {
  return new ProviderError("rate-limited", { providerMessage: message });
}

/**
 * Takes one request slot from the connection's budget, waiting in a bounded queue when it is used up.
 * Fails fast with `rate-limited` when the queue is full or the wait would exceed `maxWaitMs`.
 */
export async function acquireRequestSlot(connectionId: string, settings: BudgetSettings, wait: { maxWaitMs: number; signal?: AbortSignal }): Promise<void> {
  const budget = budgetFor(connectionId, settings);
  const ahead = budget.pending;
  budget.pending++;
  try {
    const { waitMs, queuePosition } = await estimateWaitMs(budget, ahead);
    if (queuePosition >= budget.maxQueueSize) {
      throw rateLimited(`${describe(budget)} and ${budget.maxQueueSize} calls already waiting`);
    }
    if (waitMs > wait.maxWaitMs) {
      throw rateLimited(`${describe(budget)}; next free slot in ${Math.ceil(waitMs / 1000)} s`);
    }
    // The queue drops the entry itself if it is still waiting at this (whole-second) deadline.
    const expiresUnixAt = Math.ceil((Date.now() + wait.maxWaitMs) / 1000);
    const slot = budget.queue.removeTokens(1, QUEUE_KEY, expiresUnixAt);
    await raceDeadline(slot, wait.maxWaitMs, wait.signal);
  } catch (error) {
    if (error instanceof RateLimiterQueueError) {
      throw rateLimited(`${describe(budget)} and the waiting queue is full`);
    }
    throw error;
  } finally {
    budget.pending--;
  }
}

function raceDeadline(slot: Promise<number>, maxWaitMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      cleanup();
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(rateLimited(`No request slot within ${maxWaitMs} ms`));
    }, maxWaitMs);
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();
    slot.then(
      () => {
        cleanup();
        resolve();
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}
