import type { RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimiterOptions {
  /** Names the counter family, e.g. `provider:<connectionId>` or `signin:account`. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

/**
 * State every console instance must agree on: rate limits (sign-in throttles and lockouts, provider
 * request budgets) and small expiring values (circuit breakers). In this process on the embedded default;
 * in Redis with REDIS_URL, so that two instances count and see the same.
 */
export interface SharedStore {
  readonly backend: "memory" | "redis";
  /** A rate-limiter-flexible limiter whose counts this store keeps. */
  limiter(options: LimiterOptions): RateLimiterAbstract;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Throws when the store cannot answer (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
