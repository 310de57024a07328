import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { SignInThrottle } from "../auth/sign-in-throttle";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import { sharedStoreProblems } from "./store";
import type { SharedStore } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const redisUrl = process.env.TEST_REDIS_URL;

/** Two handles on one store, as two console instances have: the memory store is one process's only. */
const backends: [string, () => [SharedStore, SharedStore]][] = [
  [
    "memory",
    () => {
      const store = new MemoryStore();
      return [store, store];
    },
  ],
];
const opened: SharedStore[] = [];
if (redisUrl) {
  backends.push([
    "redis",
    () => {
      // A prefix per run: parallel runs and other users of the server never see each other's keys.
      const prefix = `hostdeck-test:${randomUUID()}:`;
      const pair: [SharedStore, SharedStore] = [new RedisStore(redisUrl, prefix), new RedisStore(redisUrl, prefix)];
      opened.push(...pair);
      return pair;
    },
  ]);
}
afterAll(() => Promise.all(opened.map((store) => store.close())));

describe.each(backends)("the shared store (%s)", (_name, open) => {
  it("keeps a value until its time is up, for every instance", async () => {
    const [a, b] = open();
    await a.set("breaker:c1", "123", 150);
    expect(await b.get("breaker:c1")).toBe("123");
    await sleep(250);
    expect(await b.get("breaker:c1")).toBeNull();
    await a.set("breaker:c2", "x", 10_000);
    await b.delete("breaker:c2");
    expect(await a.get("breaker:c2")).toBeNull();
    await expect(a.ping()).resolves.toBeUndefined();
  });

  it("counts a limiter's points across instances", async () => {
    const [a, b] = open();
    const options = { keyPrefix: "provider:c1", points: 3, durationSeconds: 60 };
    const [onA, onB] = [a.limiter(options), b.limiter(options)];
    await onA.consume("budget");
    await onB.consume("budget");
    await onA.consume("budget");
    await expect(onB.consume("budget")).rejects.toMatchObject({ remainingPoints: 0 });
  });

  it("a sign-in lockout earned through one instance holds on the other", async () => {
    const [a, b] = open();
    const [first, second] = [new SignInThrottle(a), new SignInThrottle(b)];
    const email = `${randomUUID()}@example.test`;
    let locked = 0;
    for (let attempt = 0; attempt < 6 && !locked; attempt++) {
      ({ lockedForSeconds: locked } = await (attempt % 2 ? first : second).recordFailure(email, "203.0.113.7"));
    }
    expect(locked).toBe(60);
    expect(await first.retryAfter(email, "198.51.100.1")).toBeGreaterThan(55);
    expect(await second.retryAfter(email, "198.51.100.1")).toBeGreaterThan(55);
  });
});

describe("REDIS_URL", () => {
  it("must be a Redis URL", () => {
    expect(sharedStoreProblems({})).toEqual([]);
    expect(sharedStoreProblems({ REDIS_URL: "redis://127.0.0.1:6379" })).toEqual([]);
    expect(sharedStoreProblems({ REDIS_URL: "127.0.0.1:6379" })).toEqual([expect.stringMatching(/REDIS_URL must be redis:/)]);
  });
});
