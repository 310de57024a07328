import type { AddressInfo } from "node:net";

import { serve, type ServerType } from "@hono/node-server";

import type { Sandbox } from "./app";

export interface RunningSandbox {
  sandbox: Sandbox;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** origin + the kind's base path, what a client is configured with */
  baseUrl: string;
  /** Seed state, no faults. */
  reset(): void;
  /** POST to a control route such as /__sandbox/tasks, and read its JSON answer. */
  control(path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** One simulator on 127.0.0.1 and a free port, for tests that cross real HTTP. */
export async function startSandbox(createSandbox: () => Sandbox, basePath = ""): Promise<RunningSandbox> {
  const sandbox = createSandbox();
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: sandbox.app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
    started.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    sandbox,
    origin,
    baseUrl: `${origin}${basePath}`,
    reset() {
      sandbox.reset();
      sandbox.faults.clear();
    },
    async control(path, body) {
      const response = await fetch(origin + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.json() as Promise<unknown>;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
