import { afterAll, describe, expect, it } from "vitest";

import { breakerState } from "./breaker";
import { isProviderError } from "./errors";
import { createTransport, type TransportOptions } from "./http";
import { delay, sendJson, startLocalServer, type LocalHandler, type LocalServer } from "./local-test-server";

const servers: LocalServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function setup(handler: LocalHandler, options: Partial<TransportOptions> = {}) {
  const server = await startLocalServer(handler);
  servers.push(server);
  const connectionId = `breaker-test-${servers.length}`;
  const transport = createTransport({
    connectionId,
    baseUrl: server.url,
    allowedHosts: ["127.0.0.1"],
    retry: { maxRetries: 0 },
    breaker: { halfOpenAfterMs: 150 },
    ...options,
  });
  const call = () => transport.request({ method: "GET", path: "/" }).catch((error: unknown) => error);
  return { server, connectionId, call };
}

describe("circuit breaker", () => {
  it("pauses a connection after 5 consecutive outages, then lets one test call through", async () => {
    let healthy = false;
    const { server, connectionId, call } = await setup((_request, response) => {
      if (healthy) sendJson(response, 200, { ok: true });
      else response.writeHead(503).end("down");
    });
    for (let i = 0; i < 5; i++) expect(await call()).toMatchObject({ status: 503 });
    expect(breakerState(connectionId)).toBe("open");

    const paused = await call();
    expect(isProviderError(paused) && paused.kind).toBe("upstream-down");
    expect(isProviderError(paused) && paused.providerMessage).toBe("Paused after repeated failures; retrying in 1 s");
    expect(server.requests.length).toBe(5);

    await delay(200);
    healthy = true;
    expect(await call()).toMatchObject({ status: 200 });
    expect(breakerState(connectionId)).toBe("closed");
    expect(server.requests.length).toBe(6);
  });

  it("counts timeouts as outages", async () => {
    const { server, call } = await setup(() => undefined, { timeoutMs: 30 });
    for (let i = 0; i < 5; i++) {
      const error = await call();
      expect(isProviderError(error) && error.kind).toBe("timeout");
    }
    const paused = await call();
    expect(isProviderError(paused) && paused.providerMessage).toMatch(/^Paused after repeated failures/);
    expect(server.requests.length).toBe(5);
  });

  it("does not count answers that are not outages (auth errors, 404s)", async () => {
    const { server, connectionId, call } = await setup((_request, response, hit) => {
      response.writeHead(hit % 2 ? 401 : 404).end();
    });
    for (let i = 0; i < 10; i++) await call();
    expect(server.requests.length).toBe(10);
    expect(breakerState(connectionId)).toBe("closed");
  });

  it("ignores refusals that never reached the provider (blocked address, used-up budget)", async () => {
    const blocked = await setup((_request, response) => sendJson(response, 200, {}), { allowedHosts: [] });
    for (let i = 0; i < 6; i++) {
      const error = await blocked.call();
      expect(isProviderError(error) && error.kind).toBe("blocked-address");
    }
    expect(breakerState(blocked.connectionId)).toBe("closed");
    const budgeted = await setup((_request, response) => sendJson(response, 200, {}), { requestsPerMinute: 1, timeoutMs: 50 });
    const kinds: string[] = [];
    for (let i = 0; i < 7; i++) {
      const result = await budgeted.call();
      kinds.push(isProviderError(result) ? result.kind : "answer");
    }
    expect(kinds).toEqual(["answer", ...Array<string>(6).fill("rate-limited")]);
    expect(breakerState(budgeted.connectionId)).toBe("closed");
  });

  it("resets the count when the provider answers in between", async () => {
    const { server, connectionId, call } = await setup((_request, response, hit) => {
      response.writeHead(hit % 4 === 0 ? 401 : 503).end();
    });
    for (let i = 0; i < 12; i++) await call();
    expect(server.requests.length).toBe(12);
    expect(breakerState(connectionId)).toBe("closed");
  });

  it("keeps one breaker per connection id, shared by every transport for it", async () => {
    const { call, connectionId, server } = await setup((_request, response) => void response.writeHead(502).end());
    for (let i = 0; i < 5; i++) await call();
    const sibling = createTransport({ connectionId, baseUrl: server.url, allowedHosts: ["127.0.0.1"], breaker: { halfOpenAfterMs: 150 } });
    const error: unknown = await sibling.request({ method: "GET", path: "/" }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.providerMessage).toMatch(/^Paused/);
    const other = createTransport({ connectionId: `${connectionId}-other`, baseUrl: server.url, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 } });
    expect((await other.request({ method: "GET", path: "/" })).status).toBe(502);
  });
});
