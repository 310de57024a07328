import { randomUUID } from "node:crypto";

import { startSandbox, type RunningSandbox } from "../../../../sandbox/core/testing";
import { createIpmoduleSandbox } from "../../../../sandbox/ipmodule";
import { createCountingTransport, type CountingTransport } from "../../core/testing/counting-transport";
import type { ConnectionContext } from "../../core/types";
import type { IpmoduleCredentials } from "../definition";

export const demoToken = "demo-token";

export type RunningIpmoduleSandbox = RunningSandbox;

/** One ip.php simulator for tests; a connection is configured with the full ip.php URL. */
export const startIpmoduleSandbox = (): Promise<RunningIpmoduleSandbox> => startSandbox(createIpmoduleSandbox, "/ip.php");

export type { CountingTransport };

export function ipmoduleContext(
  baseUrl: string,
  token = demoToken,
  options: { timeoutMs?: number } = {},
): ConnectionContext<IpmoduleCredentials> & { transport: CountingTransport } {
  const connectionId = `ipmodule-test-${randomUUID()}`;
  return { connectionId, baseUrl, credentials: { token }, transport: createCountingTransport(connectionId, baseUrl, options.timeoutMs) };
}
