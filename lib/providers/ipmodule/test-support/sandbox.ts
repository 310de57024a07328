import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";

import { serve, type ServerType } from "@hono/node-server";

import type { Sandbox } from "../../../../sandbox/core/app";
import { createIpmoduleSandbox } from "../../../../sandbox/ipmodule";
import { createTransport, type ProviderRequest, type ProviderTransport, type TransportOptions } from "../../core/http";
import type { ConnectionContext } from "../../core/types";
import type { IpmoduleCredentials } from "../definition";

export const demoToken = "demo-token";

export interface RunningIpmoduleSandbox {
  sandbox: Sandbox;
  origin: string;
  /** What a connection is configured with: the full ip.php URL. */
  baseUrl: string;
  close(): Promise<void>;
}

export async function startIpmoduleSandbox(): Promise<RunningIpmoduleSandbox> {
  const sandbox = createIpmoduleSandbox();
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    sandbox,
    origin,
    baseUrl: `${origin}/ip.php`,
    close: () =>
      new Promise((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface CountingTransport extends ProviderTransport {
  requests: ProviderRequest[];
}

export function ipmoduleContext(
  baseUrl: string,
  token = demoToken,
  options: { timeoutMs?: number } = {},
): ConnectionContext<IpmoduleCredentials> & { transport: CountingTransport } {
  const connectionId = `ipmodule-test-${randomUUID()}`;
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
  return { connectionId, baseUrl, credentials: { token }, transport };
}
