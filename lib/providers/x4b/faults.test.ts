import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { ProviderErrorKind } from "../core/errors";
import type { FaultMode } from "../../../sandbox/core/faults";
import { createX4bClient } from "./client";
import { expectNoSecrets, expectProviderError } from "./test-support/expect-error";
import { demoHostKey, demoLogin, demoSecrets, sessionStats, startX4bSandbox, x4bContext, type RunningX4bSandbox } from "./test-support/sandbox";

let running: RunningX4bSandbox;
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  running = await startX4bSandbox();
  process.on("unhandledRejection", recordUnhandled);
});
afterAll(async () => {
  process.off("unhandledRejection", recordUnhandled);
  await running.close();
});
beforeEach(() => running.sandbox.reset());
afterEach(() => running.sandbox.faults.clear());

const failingModes: [FaultMode, ProviderErrorKind][] = [
  ["http-500", "upstream-down"],
  ["http-503", "upstream-down"],
  ["timeout", "timeout"],
  ["html", "upstream-down"],
  ["malformed-json", "bad-response"],
];

describe.each([
  ["login session", demoLogin],
  ["HOST_KEY", demoHostKey],
] as const)("X4B faults with a %s", (_label, credentials) => {
  it.each(failingModes)("%s gives %s with no secret in it", async (mode, kind) => {
    running.sandbox.faults.set({ mode });
    const client = createX4bClient(x4bContext(running.baseUrl, credentials, { timeoutMs: 300 }));
    const error = await expectProviderError(client.listServices(), kind);
    expectNoSecrets(error, demoSecrets);
  });
});

describe("X4B expired credentials", () => {
  it("a login session expired once is renewed by one new login, and the call succeeds", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoLogin));
    await client.listServices();
    running.sandbox.faults.set({ mode: "expired-credentials", remaining: 1 });
    await expect(client.listPorts({ service: 1201 })).resolves.toHaveLength(4);
    expect((await sessionStats(running.origin)).logins).toBe(2);
  });

  it("a session that keeps expiring is renewed only once, then is an auth error", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoLogin));
    await client.listServices();
    const { sessionIds } = await sessionStats(running.origin);
    running.sandbox.faults.set({ mode: "expired-credentials" });
    const error = await expectProviderError(client.listServices(), "auth", { providerCode: "Authentication Error" });
    expectNoSecrets(error, [...demoSecrets, ...sessionIds]);
    expect((await sessionStats(running.origin)).logins).toBe(2);
  });

  it("an expired HOST_KEY cannot be renewed: auth error, no login attempted", async () => {
    running.sandbox.faults.set({ mode: "expired-credentials" });
    const client = createX4bClient(x4bContext(running.baseUrl, demoHostKey));
    const error = await expectProviderError(client.listServers(), "auth");
    expectNoSecrets(error, demoSecrets);
    expect((await sessionStats(running.origin)).logins).toBe(0);
  });

  it("left no unhandled rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});
