import { afterAll, beforeAll, beforeEach } from "vitest";

import { startSandbox } from "../../../sandbox/core/testing";
import { createXtreamSandbox } from "../../../sandbox/xtream";
import { createTransport, type ProviderRequest, type ProviderTransport } from "../core/http";
import { createXtreamClient } from "./client";
import type { XtreamCredentials } from "./credentials";

/** Test helper (not a test): the xtream simulator on a free loopback port, and clients pointed at it. */
export interface RunningXtream {
  origin: string;
  sandbox: ReturnType<typeof createXtreamSandbox>;
  /** Every request the clients made through their transport, newest last. */
  requests: ProviderRequest[];
  client(options?: Partial<XtreamCredentials> & { timeoutMs?: number }): ReturnType<typeof createXtreamClient>;
  transport(timeoutMs?: number): ProviderTransport;
  setWhitelist(ips: string[]): Promise<void>;
  setFault(settings: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

// Loopback is what the SSRF guard refuses by default. Retries keep their shape but not their waits.
const testTransportOptions = { allowedHosts: ["127.0.0.1"], retry: { baseDelayMs: 5, maxDelayMs: 20 } };

// The circuit breaker is per connection id and process-wide: each client gets its own, so one test's
// injected outage cannot pause the next test's calls.
let connectionCounter = 0;
const nextConnectionId = () => `xtream-test-${++connectionCounter}`;

export async function startXtream(): Promise<RunningXtream> {
  const { sandbox, origin, close } = await startSandbox(createXtreamSandbox);
  const requests: ProviderRequest[] = [];

  const transport = (timeoutMs?: number): ProviderTransport => {
    const inner = createTransport({ connectionId: nextConnectionId(), baseUrl: origin, timeoutMs, ...testTransportOptions });
    return {
      request(request) {
        requests.push(request);
        return inner.request(request);
      },
    };
  };

  const control = async (path: string, body: unknown) => {
    const response = await fetch(origin + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  };

  return {
    origin,
    sandbox,
    requests,
    client(options = {}) {
      const { timeoutMs, ...credentials } = options;
      return createXtreamClient({
        connectionId: `xtream-client-${connectionCounter + 1}`,
        baseUrl: origin,
        credentials: { apiKey: "demo-api-key", keyPlacement: "post-field", ...credentials },
        transport: transport(timeoutMs),
      });
    },
    transport,
    setWhitelist: (ips) => control("/__sandbox/whitelist", { ips }),
    setFault: (settings) => control("/__sandbox/faults", settings),
    close,
  };
}

/** Starts one xtream simulator for the file; before each test its state is seeded and the recorded requests are cleared. */
export function withXtream(): () => RunningXtream {
  const holder: { xtream?: RunningXtream } = {};
  beforeAll(async () => {
    holder.xtream = await startXtream();
  });
  afterAll(() => holder.xtream?.close());
  beforeEach(() => {
    const xtream = running();
    xtream.sandbox.reset();
    xtream.requests.length = 0;
  });
  const running = () => {
    if (!holder.xtream) throw new Error("xtream sandbox not started");
    return holder.xtream;
  };
  return running;
}

/** Awaits a promise that must fail, and returns what it failed with. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
