import { afterAll, beforeAll, beforeEach } from "vitest";

import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import { createTransport } from "../core/http";
import { createXsserverClient, type XsserverClient, type XsserverCredentials } from "./xsserver-client";

export const xsserverDemoCredentials: XsserverCredentials = { username: "demo@example.com", password: "demo-pass", authMode: "basic" };

let counter = 0;

/** Starts one XSServer sandbox for the file, resets it before each test, and builds clients on fresh connections. */
export function withXsserverSandbox() {
  const holder: { running?: RunningXsserverSandbox } = {};
  beforeAll(async () => {
    holder.running = await startXsserverSandbox();
  });
  afterAll(async () => {
    await holder.running?.close();
  });
  beforeEach(() => holder.running?.reset());

  const running = () => {
    if (!holder.running) throw new Error("sandbox not started");
    return holder.running;
  };

  function client(credentials: Partial<XsserverCredentials> = {}): XsserverClient {
    counter += 1;
    const connectionId = `xsserver-test-${process.pid}-${counter}`;
    const { baseUrl } = running();
    return createXsserverClient({
      connectionId,
      baseUrl,
      credentials: { ...xsserverDemoCredentials, ...credentials },
      transport: createTransport({ connectionId, baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 5_000 }),
    });
  }

  return { running, client };
}
