import type { AddressInfo } from "node:net";

import { serve, type ServerType } from "@hono/node-server";

import type { Sandbox } from "../core/app";
import { createXsserverSandbox } from "./index";

export interface RunningXsserverSandbox {
  sandbox: Sandbox;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** origin + /api, what a client is configured with */
  baseUrl: string;
  /** Puts state, tokens and faults back to the seed. */
  reset(): void;
  close(): Promise<void>;
}

/** One XSServer simulator on 127.0.0.1 and a free port, for tests that cross real HTTP. */
export async function startXsserverSandbox(): Promise<RunningXsserverSandbox> {
  const sandbox = createXsserverSandbox();
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: sandbox.app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
    started.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    sandbox,
    origin,
    baseUrl: `${origin}/api`,
    reset() {
      sandbox.reset();
      sandbox.faults.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
