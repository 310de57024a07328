import { isOutageError, isOutageStatus } from "./outage";

export interface RetryPolicy {
  /** Retries after the first attempt; only idempotent requests get any. */
  maxRetries: number;
  baseDelayMs: number;
  /** Cap of the exponential backoff. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the answer goes back to the caller as is. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseDelayMs: 200, maxDelayMs: 2_000, maxRetryAfterMs: 10_000 };

export type Outcome<T> = { value: T } | { error: unknown };

/** Exponential backoff with equal jitter: between half and all of min(cap, base × 2^retry). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After as milliseconds from now (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retry` (0-based) of a provider call, or undefined to stop:
 * outages and timeouts back off; a 429 is retried only when it says when (and that is within the cap).
 */
export function transportRetryDelay(
  outcome: Outcome<{ status: number; headers: Headers }>,
  retry: number,
  policy: RetryPolicy,
  random?: () => number,
): number | undefined {
  if (retry >= policy.maxRetries) return undefined;
  if ("error" in outcome) return isOutageError(outcome.error) ? backoffDelay(retry, policy, random) : undefined;
  const { status, headers } = outcome.value;
  const retryAfter = parseRetryAfter(headers.get("retry-after"));
  if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return undefined;
  if (status === 429) return retryAfter;
  if (isOutageStatus(status)) return Math.max(retryAfter ?? 0, backoffDelay(retry, policy, random));
  return undefined;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs `attempt` until `delayFor` says stop; then returns the last value or throws the last error.
 * Cancelling `signal` stops the waiting between attempts.
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  delayFor: (outcome: Outcome<T>, retry: number) => number | undefined,
  signal?: AbortSignal,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    let outcome: Outcome<T>;
    try {
      outcome = { value: await attempt(retry) };
    } catch (error) {
      outcome = { error };
    }
    const delay = signal?.aborted ? undefined : delayFor(outcome, retry);
    if (delay === undefined) {
      if ("error" in outcome) throw outcome.error;
      return outcome.value;
    }
    await sleep(delay, signal);
  }
}
