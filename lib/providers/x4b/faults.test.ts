import { describe, expect, it } from "vitest";

import { expectNoSecrets, expectProviderError } from "../core/testing/expect-provider-error";
import { transportFaults, withFaultSandbox } from "../core/testing/fault-sandbox";
import { createX4bClient } from "./client";
import { demoHostKey, demoLogin, demoSecrets, sessionStats, startX4bSandbox, x4bContext } from "./test-support/sandbox";

const { running, unhandled } = withFaultSandbox(startX4bSandbox);

describe.each([
  ["login session", demoLogin],
  ["HOST_KEY", demoHostKey],
] as const)("X4B faults with a %s", (_label, credentials) => {
  it.each(transportFaults)("%s gives %s with no secret in it", async (mode, kind) => {
    running().sandbox.faults.set({ mode });
    const client = createX4bClient(x4bContext(running().baseUrl, credentials, { timeoutMs: 300 }));
    const error = await expectProviderError(client.listServices(), kind);
    expectNoSecrets(error, demoSecrets);
  });
});

describe("X4B expired credentials", () => {
  it("a login session expired once is renewed by one new login, and the call succeeds", async () => {
    const client = createX4bClient(x4bContext(running().baseUrl, demoLogin));
    await client.listServices();
    running().sandbox.faults.set({ mode: "expired-credentials", remaining: 1 });
    await expect(client.listPorts({ service: 1201 })).resolves.toHaveLength(4);
    expect((await sessionStats(running().origin)).logins).toBe(2);
  });

  it("a session that keeps expiring is renewed only once, then is an auth error", async () => {
    const client = createX4bClient(x4bContext(running().baseUrl, demoLogin));
    await client.listServices();
    const { sessionIds } = await sessionStats(running().origin);
    running().sandbox.faults.set({ mode: "expired-credentials" });
    const error = await expectProviderError(client.listServices(), "auth", { providerCode: "Authentication Error" });
    expectNoSecrets(error, [...demoSecrets, ...sessionIds]);
    expect((await sessionStats(running().origin)).logins).toBe(2);
  });

  it("an expired HOST_KEY cannot be renewed: auth error, no login attempted", async () => {
    running().sandbox.faults.set({ mode: "expired-credentials" });
    const client = createX4bClient(x4bContext(running().baseUrl, demoHostKey));
    const error = await expectProviderError(client.listServers(), "auth");
    expectNoSecrets(error, demoSecrets);
    expect((await sessionStats(running().origin)).logins).toBe(0);
  });

  it("left no unhandled rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});
