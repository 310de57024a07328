import { randomUUID } from "node:crypto";

import { startSandbox, type RunningSandbox } from "../../../../sandbox/core/testing";
import { createX4bSandbox } from "../../../../sandbox/x4b";
import { createCountingTransport, type CountingTransport } from "../../core/testing/counting-transport";
import type { ConnectionContext } from "../../core/types";
import type { X4bCredentials } from "../definition";

export const demoLogin: X4bCredentials = { authMode: "login", user: "demo@example.com", pass: "demo-pass" };
export const demoHostKey: X4bCredentials = { authMode: "host-key", hostKey: "demo-host-key" };
export const demoSecrets = ["demo-pass", "demo-host-key"];

export type RunningX4bSandbox = RunningSandbox;

/** One X4B simulator for tests; a connection is configured with origin + /api. */
export const startX4bSandbox = (): Promise<RunningX4bSandbox> => startSandbox(createX4bSandbox, "/api");

export type { CountingTransport };

export function x4bContext(
  baseUrl: string,
  credentials: X4bCredentials,
  options: { timeoutMs?: number; connectionId?: string } = {},
): ConnectionContext<X4bCredentials> & { transport: CountingTransport } {
  const connectionId = options.connectionId ?? `x4b-test-${randomUUID()}`;
  return { connectionId, baseUrl, credentials, transport: createCountingTransport(connectionId, baseUrl, options.timeoutMs) };
}

export interface SessionStats {
  active: number;
  logins: number;
  sessionIds: string[];
}

export async function sessionStats(origin: string): Promise<SessionStats> {
  return (await (await fetch(`${origin}/__sandbox/sessions`)).json()) as SessionStats;
}
