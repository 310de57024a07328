import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

import { sharedStore, type SharedStore } from "../shared-state/store";

/**
 * Sign-in throttling with a growing lockout: after `points` failures within the window, the key is
 * blocked for base × 2^(lockouts so far), capped. Separate budgets per account and per IP, counted in the
 * shared store so a lockout earned on one instance holds on all.
 */
interface Budget {
  points: number;
  windowSeconds: number;
  baseBlockSeconds: number;
  maxBlockSeconds: number;
}

const ACCOUNT: Budget = { points: 5, windowSeconds: 15 * 60, baseBlockSeconds: 60, maxBlockSeconds: 60 * 60 };
const IP: Budget = { points: 20, windowSeconds: 15 * 60, baseBlockSeconds: 60, maxBlockSeconds: 60 * 60 };

class GrowingLockout {
  private readonly failures: RateLimiterAbstract;
  private readonly lockouts: RateLimiterAbstract;

  constructor(
    store: SharedStore,
    name: string,
    private readonly budget: Budget,
  ) {
    this.failures = store.limiter({ keyPrefix: `signin:${name}`, points: budget.points, durationSeconds: budget.windowSeconds });
    // Lockouts are remembered for a day, so each new one lasts longer than the last.
    this.lockouts = store.limiter({ keyPrefix: `signin:${name}-lockouts`, points: 1_000, durationSeconds: 24 * 60 * 60 });
  }

  /** Seconds until the key may try again, or 0. */
  async retryAfter(key: string): Promise<number> {
    const state = await this.failures.get(key);
    if (!state || state.consumedPoints <= this.budget.points) return 0;
    return Math.ceil(state.msBeforeNext / 1000);
  }

  /** Records a failure; returns the lockout length in seconds when this failure starts one. */
  async fail(key: string): Promise<number> {
    try {
      await this.failures.consume(key);
      return 0;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const lockout = await this.lockouts.penalty(key, 1);
      const seconds = Math.min(this.budget.baseBlockSeconds * 2 ** (lockout.consumedPoints - 1), this.budget.maxBlockSeconds);
      await this.failures.block(key, seconds);
      return seconds;
    }
  }

  async succeed(key: string): Promise<void> {
    await this.failures.delete(key);
  }
}

const globalForThrottle = globalThis as { hostdeckSignInThrottle?: SignInThrottle };

export class SignInThrottle {
  private readonly accounts: GrowingLockout;
  private readonly ips: GrowingLockout;

  constructor(store: SharedStore = sharedStore()) {
    this.accounts = new GrowingLockout(store, "account", ACCOUNT);
    this.ips = new GrowingLockout(store, "ip", IP);
  }

  async retryAfter(email: string, ip: string): Promise<number> {
    return Math.max(await this.accounts.retryAfter(email), await this.ips.retryAfter(ip));
  }

  async recordFailure(email: string, ip: string): Promise<{ lockedForSeconds: number }> {
    const [account, address] = await Promise.all([this.accounts.fail(email), this.ips.fail(ip)]);
    return { lockedForSeconds: Math.max(account, address) };
  }

  async recordSuccess(email: string): Promise<void> {
    await this.accounts.succeed(email);
  }
}

export function signInThrottle(): SignInThrottle {
  globalForThrottle.hostdeckSignInThrottle ??= new SignInThrottle();
  return globalForThrottle.hostdeckSignInThrottle;
}
