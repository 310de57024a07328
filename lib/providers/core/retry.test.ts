import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isProviderError } from "./errors";
import { createTransport, type TransportOptions } from "./http";
import { delay, refusedPort, sendJson, startLocalServer, type LocalServer } from "./local-test-server";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, transportRetryDelay } from "./retry";

const fast = { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_500 };
let connectionSeq = 0;

function transportFor(server: LocalServer, options: Partial<TransportOptions> = {}) {
  return createTransport({
    connectionId: `retry-test-${++connectionSeq}`,
    baseUrl: server.url,
    allowedHosts: ["127.0.0.1"],
    retry: fast,
    ...options,
  });
}

describe("backoff and Retry-After", () => {
  it("backs off exponentially with jitter, capped", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(backoffDelay(0, policy, () => 0)).toBe(50);
    expect(backoffDelay(0, policy, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, () => 0)).toBe(200);
    expect(backoffDelay(2, policy, () => 1)).toBe(400);
    expect(backoffDelay(10, policy, () => 1)).toBe(1_000);
    expect(backoffDelay(10, policy, () => 0)).toBe(500);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now)).toBe(5_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("decides per outcome: 429 only with a Retry-After within the cap", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxRetryAfterMs: 5_000 };
    const answer = (status: number, retryAfter?: string) => ({
      value: { status, headers: new Headers(retryAfter ? { "retry-after": retryAfter } : {}) },
    });
    expect(transportRetryDelay(answer(429, "2"), 0, policy)).toBe(2_000);
    expect(transportRetryDelay(answer(429), 0, policy)).toBeUndefined();
    expect(transportRetryDelay(answer(429, "60"), 0, policy)).toBeUndefined();
    expect(transportRetryDelay(answer(503, "3"), 0, policy)).toBe(3_000);
    expect(transportRetryDelay(answer(503), 0, policy)).toBeGreaterThan(0);
    expect(transportRetryDelay(answer(503), 2, policy)).toBeUndefined();
    expect(transportRetryDelay(answer(501), 0, policy)).toBeUndefined();
    expect(transportRetryDelay(answer(401), 0, policy)).toBeUndefined();
    expect(transportRetryDelay(answer(200), 0, policy)).toBeUndefined();
  });
});

describe("transport retries", () => {
  const servers: LocalServer[] = [];
  const start = async (...args: Parameters<typeof startLocalServer>) => {
    const server = await startLocalServer(...args);
    servers.push(server);
    return server;
  };
  let flaky: LocalServer;

  beforeAll(async () => {
    // Fails twice with 503, then answers: a GET gets through on its last retry.
    flaky = await start((_request, response, hit) => {
      if (hit % 3 !== 0) return void response.writeHead(503).end("busy");
      sendJson(response, 200, { hit });
    });
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it("retries a GET at most twice on 5xx answers", async () => {
    const before = flaky.requests.length;
    const response = await transportFor(flaky).request({ method: "GET", path: "/items" });
    expect(response.status).toBe(200);
    expect(flaky.requests.length - before).toBe(3);
  });

  it("gives back the last answer when the retries run out", async () => {
    const down = await start((_request, response) => void response.writeHead(503).end("down"));
    const response = await transportFor(down).request({ method: "GET", path: "/" });
    expect(response.status).toBe(503);
    expect(down.requests.length).toBe(3);
  });

  it("never retries a POST unless it is marked idempotent", async () => {
    const down = await start((_request, response) => void response.writeHead(503).end("down"));
    const transport = transportFor(down);
    expect((await transport.request({ method: "POST", path: "/create", body: { type: "json", value: {} } })).status).toBe(503);
    expect(down.requests.length).toBe(1);
    await transport.request({ method: "POST", path: "/search", body: { type: "json", value: {} }, idempotent: true });
    expect(down.requests.length).toBe(4);
    await transport.request({ method: "GET", path: "/no-retry", idempotent: false });
    expect(down.requests.length).toBe(5);
  });

  it("never retries a POST that could not connect", async () => {
    const port = await refusedPort();
    const transport = createTransport({ connectionId: "retry-refused", baseUrl: `http://127.0.0.1:${port}`, allowedHosts: ["127.0.0.1"] });
    const error: unknown = await transport.request({ method: "POST", path: "/" }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.kind).toBe("upstream-down");
  });

  it("retries a GET that timed out", async () => {
    const slowOnce = await start(async (_request, response, hit) => {
      if (hit === 1) await delay(2_000);
      sendJson(response, 200, { hit });
    });
    const response = await transportFor(slowOnce, { timeoutMs: 300 }).request({ method: "GET", path: "/" });
    expect(response.status).toBe(200);
    expect(slowOnce.requests.length).toBeGreaterThanOrEqual(2);
  });

  it("waits as long as a 429 asks before retrying", async () => {
    const limited = await start((_request, response, hit) => {
      if (hit === 1) return void response.writeHead(429, { "retry-after": "1" }).end();
      sendJson(response, 200, { hit });
    });
    const startedAt = Date.now();
    const response = await transportFor(limited).request({ method: "GET", path: "/" });
    expect(response.status).toBe(200);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(950);
  });

  it("does not retry a 429 without Retry-After, or one asking for longer than the cap", async () => {
    const limited = await start((request, response) => {
      response.writeHead(429, request.url === "/long" ? { "retry-after": "120" } : {}).end();
    });
    const transport = transportFor(limited);
    expect((await transport.request({ method: "GET", path: "/bare" })).status).toBe(429);
    expect((await transport.request({ method: "GET", path: "/long" })).status).toBe(429);
    expect(limited.requests.length).toBe(2);
  });
});
