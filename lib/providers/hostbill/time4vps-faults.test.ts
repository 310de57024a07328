import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { ProviderErrorKind } from "../core/errors";
import { demoCredentials, failure, withTime4vpsSandbox } from "./time4vps-test-kit";

const { client, running } = withTime4vpsSandbox();

const secrets = [demoCredentials.password, Buffer.from(`${demoCredentials.username}:${demoCredentials.password}`).toString("base64")];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
});
afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
});

const cases: { mode: string; kind: ProviderErrorKind }[] = [
  { mode: "http-500", kind: "upstream-down" },
  { mode: "http-503", kind: "upstream-down" },
  { mode: "timeout", kind: "timeout" },
  { mode: "html", kind: "upstream-down" },
  { mode: "malformed-json", kind: "bad-response" },
  { mode: "expired-credentials", kind: "auth" },
];

describe("Time4VPS faults", () => {
  it.each(cases)("$mode gives $kind, for reads and actions, without leaking the credentials", async ({ mode, kind }) => {
    running().sandbox.faults.set({ mode });
    const t4v = client({}, 300);
    for (const call of [
      () => t4v.getDetails(),
      () => t4v.rebootServer({ server_id: 1301 }),
      () => t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "x", type: "A", content: "1.2.3.4" }),
    ]) {
      const error = await failure(call());
      expect(error.kind).toBe(kind);
      const visible = [error.message, error.userMessage, error.providerMessage ?? "", JSON.stringify(error.toJSON()), String(error.stack)].join("\n");
      for (const secret of secrets) expect(visible).not.toContain(secret);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  });

  it("expired-credentials: Basic auth has nothing to renew, so the call fails as auth and the next one works", async () => {
    running().sandbox.faults.set({ mode: "expired-credentials", remaining: 1 });
    const t4v = client();
    const error = await failure(t4v.getBalance());
    expect(error).toMatchObject({ kind: "auth", providerCode: "wronglogin", status: 401 });
    await expect(t4v.getBalance()).resolves.toMatchObject({ currency: "EUR" });
  });

  it("a fault on one path leaves the others alone", async () => {
    running().sandbox.faults.set({ mode: "http-503", pathContains: "/invoice" });
    const t4v = client();
    expect((await failure(t4v.listInvoices())).kind).toBe("upstream-down");
    await expect(t4v.listServices()).resolves.not.toHaveLength(0);
  });
});
