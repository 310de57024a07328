import type { AddressInfo } from "node:net";

import { serve, type ServerType } from "@hono/node-server";

import type { Sandbox } from "./core/app";
import { sandboxKinds, type SandboxKind } from "./kinds";

export interface RunningSandboxes {
  sandboxes: Record<SandboxKind, Sandbox>;
  /** Origin of each simulator, e.g. http://127.0.0.1:4101 */
  origins: Record<SandboxKind, string>;
  /** Base URL a client is configured with (origin + the kind's API path). */
  baseUrls: Record<SandboxKind, string>;
  close(): Promise<void>;
}

export interface StartOptions {
  host?: string;
  /** Port per kind; 0 picks a free one (tests). Defaults come from env, then the documented ports. */
  ports?: Partial<Record<SandboxKind, number>>;
  /** Initial faults per kind, e.g. from HOSTDECK_SANDBOX_FAULTS. */
  faults?: Partial<Record<SandboxKind, unknown>>;
}

export function parseFaultsEnv(value: string | undefined): Partial<Record<SandboxKind, unknown>> {
  if (!value) return {};
  try {
    return JSON.parse(value) as Partial<Record<SandboxKind, unknown>>;
  } catch {
    throw new Error(`HOSTDECK_SANDBOX_FAULTS is not valid JSON: ${value}`);
  }
}

function listen(sandbox: Sandbox, host: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: sandbox.app.fetch, hostname: host, port }, () => resolve(server));
    server.once("error", reject);
  });
}

export async function startSandboxes(options: StartOptions = {}): Promise<RunningSandboxes> {
  const host = options.host ?? "127.0.0.1";
  const kinds = Object.keys(sandboxKinds) as SandboxKind[];
  const servers: ServerType[] = [];
  const sandboxes = {} as Record<SandboxKind, Sandbox>;
  const origins = {} as Record<SandboxKind, string>;
  const baseUrls = {} as Record<SandboxKind, string>;
  try {
    for (const kind of kinds) {
      const spec = sandboxKinds[kind];
      const sandbox = spec.create();
      const initialFaults = options.faults?.[kind];
      if (initialFaults) sandbox.faults.set(initialFaults);
      const envPort = process.env[spec.portEnv];
      const port = options.ports?.[kind] ?? (envPort ? Number(envPort) : spec.port);
      const server = await listen(sandbox, host, port);
      servers.push(server);
      const { port: actualPort } = server.address() as AddressInfo;
      sandboxes[kind] = sandbox;
      origins[kind] = `http://${host}:${actualPort}`;
      baseUrls[kind] = origins[kind] + spec.basePath;
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }
  return { sandboxes, origins, baseUrls, close: () => Promise.all(servers.map(closeServer)).then(() => undefined) };
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    if ("closeAllConnections" in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}
