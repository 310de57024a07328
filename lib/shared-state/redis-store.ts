import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";

import type { LimiterOptions, SharedStore } from "./types";

/**
 * Shared state in Redis, every key under one prefix (several deployments, or test runs, can share a
 * server). A limiter falls back to counting in this process while Redis is unreachable (rate-limiter-
 * flexible's insurance limiter), so an outage weakens the limits to per-instance ones instead of
 * refusing every sign-in and provider call.
 */
export class RedisStore implements SharedStore {
  readonly backend = "redis";
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, enableOfflineQueue: true });
    this.redis.on("error", (error: Error) => console.error("Redis:", error.message));
  }

  limiter({ keyPrefix, points, durationSeconds }: LimiterOptions) {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.prefix}${keyPrefix}`,
      points,
      duration: durationSeconds,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds }),
    });
  }

  get(key: string): Promise<string | null> {
    return this.redis.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, value, "PX", Math.max(1, Math.round(ttlMs)));
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
