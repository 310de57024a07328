import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startSandbox, type RunningSandbox } from "../../sandbox/core/testing";
import { createTime4vpsSandbox } from "../../sandbox/time4vps";
import { createXsserverSandbox } from "../../sandbox/xsserver";
import { createXtreamSandbox } from "../../sandbox/xtream";
import { createTransport } from "./core/http";
import { providerFailure } from "./core/testing/expect-provider-error";
import type { ConnectionContext } from "./core/types";
import { createTime4vpsClient } from "./hostbill/time4vps-client";
import { createXsserverClient } from "./hostbill/xsserver-client";
import { createIpmoduleClient } from "./ipmodule/client";
import { ipmoduleContext, startIpmoduleSandbox } from "./ipmodule/test-support/sandbox";
import { createX4bClient } from "./x4b/client";
import { demoHostKey, startX4bSandbox, x4bContext } from "./x4b/test-support/sandbox";
import { createXtreamClient } from "./xtream/client";

/**
 * Each simulator can model its provider's rate limit (`rateLimitPerMinute` in its fault settings) and answers the
 * way that provider does over it; each client reports it as `rate-limited`, whose message the console shows.
 */
function context<C>(baseUrl: string, credentials: C): ConnectionContext<C> {
  const connectionId = `rate-${randomUUID()}`;
  return {
    connectionId,
    baseUrl,
    credentials,
    transport: createTransport({ connectionId, baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 5_000 }),
  };
}

interface Case {
  kind: string;
  start: () => Promise<RunningSandbox>;
  /** One cheap read through the client. */
  read: (baseUrl: string) => Promise<unknown>;
  /** What the provider itself sends over the limit. */
  overLimit: { status: number; body: string };
}

const hostbill = { username: "demo@example.com", password: "demo-pass" };
const cases: Case[] = [
  {
    kind: "time4vps (HostBill: silent discard)",
    start: () => startSandbox(createTime4vpsSandbox, "/api"),
    read: (baseUrl) => createTime4vpsClient(context(baseUrl, hostbill)).getDetails(),
    overLimit: { status: 200, body: "" },
  },
  {
    kind: "xsserver (HostBill: silent discard)",
    start: () => startSandbox(createXsserverSandbox, "/api"),
    read: (baseUrl) => createXsserverClient(context(baseUrl, { ...hostbill, authMode: "basic" as const })).getDetails(),
    overLimit: { status: 200, body: "" },
  },
  {
    kind: "xtream",
    start: () => startSandbox(createXtreamSandbox),
    read: (baseUrl) => createXtreamClient(context(baseUrl, { apiKey: "demo-api-key", keyPlacement: "post-field" as const })).listServers(),
    overLimit: { status: 429, body: '{"result":false,"error":"Too many requests."}' },
  },
  {
    kind: "x4b",
    start: startX4bSandbox,
    read: (baseUrl) => createX4bClient(x4bContext(baseUrl, demoHostKey)).listServers(),
    overLimit: { status: 429, body: '{"error":"Too many requests"}' },
  },
  {
    kind: "ipmodule",
    start: startIpmoduleSandbox,
    read: (baseUrl) => createIpmoduleClient(ipmoduleContext(baseUrl)).getClientIp(),
    overLimit: { status: 200, body: '{"code":-1,"message":"too many requests"}' },
  },
];

describe.each(cases)("$kind over its rate limit", ({ start, read, overLimit }) => {
  let running: RunningSandbox;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(() => running.close());

  it("answers as the provider does once the limit is reached, and the client reports rate-limited", async () => {
    await running.control("/__sandbox/faults", { rateLimitPerMinute: 2 });
    await read(running.baseUrl);
    await read(running.baseUrl);
    const raw = await fetch(`${running.baseUrl}/`, { method: "POST" });
    expect({ status: raw.status, body: await raw.text() }).toEqual(overLimit);
    const error = await providerFailure(read(running.baseUrl));
    expect(error.kind).toBe("rate-limited");
    expect(error.userMessage).toMatch(/too many requests/i);
  });

  it("lets requests through again when the limit is lifted", async () => {
    running.reset();
    await expect(read(running.baseUrl)).resolves.toBeDefined();
  });
});
