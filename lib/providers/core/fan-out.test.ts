import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { ProviderError } from "./errors";
import { fanOut, fanOutStream } from "./fan-out";
import { createTransport, type ProviderTransport } from "./http";
import { delay, refusedPort, sendJson, startLocalServer, type LocalServer } from "./local-test-server";

describe("fanOut over 20 real connections", () => {
  // Mixed latency; index 5 is dead (connection refused).
  const latencies = [300, 10, 20, 10, 250, 0, 30, 10, 300, 10, 20, 10, 100, 10, 40, 10, 300, 10, 20, 10];
  const DEAD = 5;
  const servers: LocalServer[] = [];
  let connections: { id: string; latency: number; transport: ProviderTransport }[];

  beforeAll(async () => {
    const deadPort = await refusedPort();
    connections = await Promise.all(
      latencies.map(async (latency, i) => {
        let baseUrl = `http://127.0.0.1:${deadPort}`;
        if (i !== DEAD) {
          const server = await startLocalServer(async (_request, response) => {
            await delay(latency);
            sendJson(response, 200, { connection: i });
          });
          servers.push(server);
          baseUrl = server.url;
        }
        const id = `fan-out-${i}`;
        return { id, latency, transport: createTransport({ connectionId: id, baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 } }) };
      }),
    );
    // The first fetch in a process loads undici's lazy parts; keep that stall out of the timing under test.
    await connections[1]?.transport.request({ method: "GET", path: "/warm-up" });
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it("bounds concurrency, streams rows as they settle and returns them in input order", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const settleOrder: number[] = [];
    const results = await fanOut(
      connections,
      async (connection, { signal }) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          const response = await connection.transport.request({ method: "GET", path: "/status", signal });
          return JSON.parse(response.text) as { connection: number };
        } finally {
          inFlight--;
        }
      },
      { concurrency: 4, onSettled: (_result, index) => settleOrder.push(index) },
    );

    expect(results.map((row) => row.item.id)).toEqual(connections.map((c) => c.id));
    results.forEach((row, i) => {
      if (i === DEAD) {
        expect(row).toMatchObject({ ok: false, error: { kind: "upstream-down" } });
      } else {
        expect(row).toMatchObject({ ok: true, value: { connection: i } });
        if (row.ok) expect(row.ms).toBeGreaterThanOrEqual((latencies[i] ?? 0) - 5);
      }
    });
    expect(maxInFlight).toBe(4);
    expect([...settleOrder].sort((a, b) => a - b)).toEqual(latencies.map((_, i) => i));
    // The slow first item does not hold back fast ones queued behind the bound.
    const position = (index: number) => settleOrder.indexOf(index);
    expect(position(1)).toBeLessThan(position(0));
    for (const fastLater of [DEAD, 6, 7]) expect(position(fastLater)).toBeLessThan(position(0));
  });

  it("turns a connection that never answers into a timeout row", async () => {
    const silent = await startLocalServer(() => undefined);
    servers.push(silent);
    const transport = createTransport({ connectionId: "fan-out-silent", baseUrl: silent.url, allowedHosts: ["127.0.0.1"] });
    const targets = [connections[1], { id: "silent", latency: Infinity, transport }, connections[3]].filter((c) => c !== undefined);
    const results = await fanOut(targets, (c, { signal }) => c.transport.request({ method: "GET", path: "/", signal }), { timeoutMs: 400 });
    expect(results.map((row) => row.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { kind: "timeout", message: expect.stringContaining("400 ms") as unknown } });
  });
});

describe("fanOut never throws", () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
  afterEach(() => errors.mockClear());

  it("turns thrown errors into rows: ProviderErrors serialized, anything else generic and logged", async () => {
    const results = await fanOut(["auth", "bug", "sync", "ok"], (item) => {
      if (item === "auth") throw new ProviderError("auth", { providerCode: "E401" });
      if (item === "bug") return Promise.reject(new TypeError("cannot read x of undefined"));
      if (item === "sync") throw "a string";
      return item.toUpperCase();
    });
    expect(results).toMatchObject([
      { item: "auth", ok: false, error: { kind: "auth", providerCode: "E401" } },
      { item: "bug", ok: false, error: { kind: "internal", message: expect.not.stringContaining("undefined") as unknown } },
      { item: "sync", ok: false, error: { kind: "internal" } },
      { item: "ok", ok: true, value: "OK" },
    ]);
    expect(errors).toHaveBeenCalledTimes(2);
  });

  it("survives a throwing onSettled and a worker that rejects after its timeout", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const results = await fanOut(
        [1, 2],
        async (n, { signal }) => {
          await delay(n === 1 ? 300 : 0);
          if (signal.aborted) throw new Error("late failure");
          return n;
        },
        {
          timeoutMs: 150,
          onSettled: () => {
            throw new Error("renderer crashed");
          },
        },
      );
      expect(results).toMatchObject([
        { ok: false, error: { kind: "timeout" } },
        { ok: true, value: 2 },
      ]);
      await delay(250);
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("marks what a cancel left unsettled, and handles no items", async () => {
    const controller = new AbortController();
    const pending = fanOut([0, 500, 500], (ms) => delay(ms).then(() => ms), { concurrency: 1, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await pending).map((row) => row.ok)).toEqual([true, false, false]);
    expect(await fanOut([], () => 1)).toEqual([]);
  });
});

describe("fanOutStream", () => {
  it("yields rows as they settle, with their input index", async () => {
    const rows: { index: number; value?: number }[] = [];
    for await (const row of fanOutStream([60, 10, 30], (ms) => delay(ms).then(() => ms), { concurrency: 3 })) {
      rows.push({ index: row.index, value: row.ok ? row.value : undefined });
    }
    expect(rows).toEqual([
      { index: 1, value: 10 },
      { index: 2, value: 30 },
      { index: 0, value: 60 },
    ]);
  });

  it("cancels the rest when the reader stops early", async () => {
    const aborted: number[] = [];
    for await (const row of fanOutStream([5, 200, 200], (ms, { signal, index }) => {
      signal.addEventListener("abort", () => aborted.push(index));
      return delay(ms);
    })) {
      expect(row.index).toBe(0);
      break;
    }
    expect(aborted.sort()).toEqual([1, 2]);
  });
});
