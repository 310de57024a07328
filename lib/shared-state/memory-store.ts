import { RateLimiterMemory } from "rate-limiter-flexible";

import type { LimiterOptions, SharedStore } from "./types";

/** The embedded default: one process, so its memory is the shared state. */
export class MemoryStore implements SharedStore {
  readonly backend = "memory";
  private readonly values = new Map<string, { value: string; expiresAt: number }>();
  /** One limiter per family and settings, as Redis keeps one set of counters per key prefix. */
  private readonly limiters = new Map<string, RateLimiterMemory>();

  limiter({ keyPrefix, points, durationSeconds }: LimiterOptions) {
    const id = `${keyPrefix}|${points}|${durationSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  async get(key: string): Promise<string | null> {
    const entry = this.values.get(key);
    if (!entry) return null;
    if (entry.expiresAt > Date.now()) return entry.value;
    this.values.delete(key);
    return null;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.values.set(key, { value, expiresAt: Date.now() + ttlMs });
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.values.clear();
    this.limiters.clear();
  }
}
