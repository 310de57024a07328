import { describe, expect, it } from "vitest";

import type { FaultMode } from "../../../sandbox/core/faults";
import type { ProviderErrorKind } from "../core/errors";
import { expectNoSecrets, expectProviderError } from "../core/testing/expect-provider-error";
import { transportFaults, withFaultSandbox } from "../core/testing/fault-sandbox";
import { createIpmoduleClient } from "./client";
import { demoToken, ipmoduleContext, startIpmoduleSandbox } from "./test-support/sandbox";

const { running, unhandled } = withFaultSandbox(startIpmoduleSandbox);

const modes: [FaultMode, ProviderErrorKind][] = [
  ...transportFaults,
  // The token is static: an "invalid token" answer cannot be cured by logging in again.
  ["expired-credentials", "auth"],
];

describe("ip.php faults", () => {
  it.each(modes)("%s gives %s with no token in it, for reads and changes", async (mode, kind) => {
    running().sandbox.faults.set({ mode });
    const client = createIpmoduleClient(ipmoduleContext(running().baseUrl, demoToken, { timeoutMs: 300 }));
    expectNoSecrets(await expectProviderError(client.getIp({ ip: "192.0.2.10" }), kind), [demoToken]);
    expectNoSecrets(await expectProviderError(client.updatePtr({ id: 40123, ip: "192.0.2.12", ptr: "x.example.net" }), kind), [demoToken]);
  });

  it("expired-credentials is answered 'invalid token' and retried by nobody", async () => {
    running().sandbox.faults.set({ mode: "expired-credentials", remaining: 1 });
    const context = ipmoduleContext(running().baseUrl);
    await expectProviderError(createIpmoduleClient(context).getClientIp(), "auth", { message: /^invalid token$/ });
    expect(context.transport.requests).toHaveLength(1);
    await expect(createIpmoduleClient(context).getClientIp()).resolves.toMatchObject({ ip: "127.0.0.1" });
  });

  it("a failed change leaves the record as it was", async () => {
    running().sandbox.faults.set({ mode: "http-500", remaining: 1 });
    const client = createIpmoduleClient(ipmoduleContext(running().baseUrl));
    await expectProviderError(client.updatePtr({ id: 40123, ip: "192.0.2.10", ptr: "x.example.net" }), "upstream-down");
    await expect(client.getPtr({ id: 40123, ip: "192.0.2.10" })).resolves.toMatchObject({ ptr: "srv40123.example.net" });
  });

  it("left no unhandled rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});
