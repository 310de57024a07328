import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";

import { serve, type ServerType } from "@hono/node-server";

import { createX4bSandbox } from "../../../../sandbox/x4b";
import type { Sandbox } from "../../../../sandbox/core/app";
import { createTransport, type ProviderRequest, type ProviderTransport, type TransportOptions } from "../../core/http";
import type { ConnectionContext } from "../../core/types";
import type { X4bCredentials } from "../definition";

export const demoLogin: X4bCredentials = { authMode: "login", user: "demo@example.com", pass: "demo-pass" };
export const demoHostKey: X4bCredentials = { authMode: "host-key", hostKey: "demo-host-key" };
export const demoSecrets = ["demo-pass", "demo-host-key"];

export interface RunningX4bSandbox {
  sandbox: Sandbox;
  origin: string;
  /** What a connection is configured with: origin + /api */
  baseUrl: string;
  close(): Promise<void>;
}

export async function startX4bSandbox(): Promise<RunningX4bSandbox> {
  const sandbox = createX4bSandbox();
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    sandbox,
    origin,
    baseUrl: `${origin}/api`,
    close: () =>
      new Promise((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Counts what reaches the wire, to prove invalid input is refused before any call. */
export interface CountingTransport extends ProviderTransport {
  requests: ProviderRequest[];
}

export function x4bContext(
  baseUrl: string,
  credentials: X4bCredentials,
  options: { timeoutMs?: number; connectionId?: string } = {},
): ConnectionContext<X4bCredentials> & { transport: CountingTransport } {
  const connectionId = options.connectionId ?? `x4b-test-${randomUUID()}`;
  // The sandbox is on loopback, which the SSRF guard refuses unless allowed; quick retries keep fault tests short.
  const transportOptions: TransportOptions = {
    connectionId,
    baseUrl,
    timeoutMs: options.timeoutMs ?? 5_000,
    requestsPerMinute: 100_000,
    allowedHosts: ["127.0.0.1"],
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  };
  const inner = createTransport(transportOptions);
  const requests: ProviderRequest[] = [];
  const transport: CountingTransport = {
    requests,
    request(request) {
      requests.push(request);
      return inner.request(request);
    },
  };
  return { connectionId, baseUrl, credentials, transport };
}

export interface SessionStats {
  active: number;
  logins: number;
  sessionIds: string[];
}

export async function sessionStats(origin: string): Promise<SessionStats> {
  return (await (await fetch(`${origin}/__sandbox/sessions`)).json()) as SessionStats;
}
