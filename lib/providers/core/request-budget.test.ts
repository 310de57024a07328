import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isProviderError } from "./errors";
import { createTransport } from "./http";
import { sendJson, startLocalServer, type LocalServer } from "./local-test-server";
import { acquireRequestSlot } from "./request-budget";

const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok" as const,
    (error: unknown) => (isProviderError(error) ? error.kind : error),
  );

describe("request budget", () => {
  it("lets the budget through at once and queues the rest until the next window", async () => {
    const settings = { requestsPerMinute: 3, windowMs: 200 };
    const startedAt = Date.now();
    const finished: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        acquireRequestSlot("budget-queue", settings, { maxWaitMs: 1_000 }).then(() => (finished[i] = Date.now() - startedAt)),
      ),
    );
    // Timers never fire early, so the queued two cannot beat the window; the first three did not wait for it.
    expect(Math.min(...finished.slice(3))).toBeGreaterThanOrEqual(190);
    expect(Math.max(...finished.slice(0, 3))).toBeLessThan(Math.min(...finished.slice(3)));
  });

  it("fails fast with rate-limited when the wait would outlast the request's timeout", async () => {
    const settings = { requestsPerMinute: 2, windowMs: 5_000 };
    await acquireRequestSlot("budget-deadline", settings, { maxWaitMs: 1_000 });
    await acquireRequestSlot("budget-deadline", settings, { maxWaitMs: 1_000 });
    const startedAt = Date.now();
    const error: unknown = await acquireRequestSlot("budget-deadline", settings, { maxWaitMs: 1_000 }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.kind).toBe("rate-limited");
    expect(isProviderError(error) && error.providerMessage).toMatch(/next free slot in 5 s/);
    // Refused up front, not after sitting out its timeout.
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it("fails fast when the waiting queue is full, and never drops a queued call", async () => {
    const settings = { requestsPerMinute: 1, windowMs: 150, maxQueueSize: 2 };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => settle(acquireRequestSlot("budget-full", settings, { maxWaitMs: 1_000 }))));
    // One goes now, two wait (one window each), two find the queue full.
    expect(outcomes).toEqual(["ok", "ok", "ok", "rate-limited", "rate-limited"]);
  });

  it("rebuilds the limiter when the budget changes", async () => {
    await acquireRequestSlot("budget-change", { requestsPerMinute: 1, windowMs: 5_000 }, { maxWaitMs: 50 });
    expect(await settle(acquireRequestSlot("budget-change", { requestsPerMinute: 1, windowMs: 5_000 }, { maxWaitMs: 50 }))).toBe("rate-limited");
    expect(await settle(acquireRequestSlot("budget-change", { requestsPerMinute: 10, windowMs: 5_000 }, { maxWaitMs: 50 }))).toBe("ok");
  });

  it("stops waiting when the caller cancels", async () => {
    const settings = { requestsPerMinute: 1, windowMs: 500 };
    await acquireRequestSlot("budget-cancel", settings, { maxWaitMs: 1_000 });
    const controller = new AbortController();
    const waiting = acquireRequestSlot("budget-cancel", settings, { maxWaitMs: 1_000, signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(new Error("navigated away"));
    expect(await waiting).toMatchObject({ message: "navigated away" });
  });
});

describe("request budget in the transport", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((_request, response) => sendJson(response, 200, { ok: true }));
  });
  afterAll(() => server.close());

  it("is shared by every transport of a connection and refuses calls that cannot get a slot in time", async () => {
    const options = { connectionId: "budget-transport", baseUrl: server.url, allowedHosts: ["127.0.0.1"], requestsPerMinute: 2, timeoutMs: 500 };
    const first = createTransport(options);
    const second = createTransport(options);
    expect((await first.request({ method: "GET", path: "/" })).status).toBe(200);
    expect((await second.request({ method: "GET", path: "/" })).status).toBe(200);
    const startedAt = Date.now();
    const error: unknown = await second.request({ method: "GET", path: "/" }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.kind).toBe("rate-limited");
    expect(Date.now() - startedAt).toBeLessThan(500);
    expect(server.requests.length).toBe(2);
    // Another connection has its own budget.
    expect((await createTransport({ ...options, connectionId: "budget-transport-2" }).request({ method: "GET", path: "/" })).status).toBe(200);
  });
});
