import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { ProxiesAdapter } from "@/lib/capabilities/proxies/adapter";
import { applyBulkAcl } from "@/lib/capabilities/proxies/apply-bulk-acl";
import { finishAclMove, moveAclRule } from "@/lib/capabilities/proxies/move-acl-rule";

import { createX4bClient, type X4bClient } from "../client";
import { demoLogin, startX4bSandbox, x4bContext, type RunningX4bSandbox } from "../test-support/sandbox";
import { x4bProxiesAdapter } from "./proxies";

// Seeded lease 1201, HTTP port 5001 (www.example.com): allow 192.0.2.0/24, allow 198.51.100.7/32, deny 0.0.0.0/0.
const target = { leaseId: 1201, portId: 5001 };
const seeded = ["allow 192.0.2.0/24", "allow 198.51.100.7/32", "deny 0.0.0.0/0"];

let running: RunningX4bSandbox;
let client: ProxiesAdapter;
let raw: X4bClient;

const rulesNow = async () => (await raw.listAcls({ service: target.leaseId, portId: target.portId })).map((rule) => `${rule.mode} ${rule.mask}`);

async function fault(settings: Record<string, unknown>) {
  await fetch(`${running.origin}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(settings) });
}

/** Counts the rules after each provider call, to prove the port never holds fewer than it started with. */
function watching(inner: ProxiesAdapter) {
  const counts: number[] = [];
  const after = async <T>(promise: Promise<T>) => {
    const value = await promise;
    counts.push((await inner.rules(target)).length);
    return value;
  };
  const wrapped: Pick<ProxiesAdapter, "rules" | "addRule" | "deleteRule"> = {
    rules: (port) => inner.rules(port),
    addRule: (port, rule, placement) => after(inner.addRule(port, rule, placement)),
    deleteRule: (port, mask) => after(inner.deleteRule(port, mask)),
  };
  return { wrapped, counts };
}

beforeAll(async () => {
  running = await startX4bSandbox();
  raw = createX4bClient(x4bContext(running.baseUrl, demoLogin));
  client = x4bProxiesAdapter(raw, { id: "x4b-move-test", label: "X4B", kind: "x4b", kindLabel: "X4B", isSandbox: true });
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());
afterEach(() => fetch(`${running.origin}/__sandbox/faults`, { method: "DELETE" }));

describe("moveAclRule against the X4B sandbox", () => {
  it("moves a rule down: same rules, new order, never fewer rules", async () => {
    const { wrapped, counts } = watching(client);
    const outcome = await moveAclRule(wrapped, target, { mask: "192.0.2.0/24", from: 0, to: 1 });
    expect(outcome.status).toBe("moved");
    expect(await rulesNow()).toEqual(["allow 198.51.100.7/32", "allow 192.0.2.0/24", "deny 0.0.0.0/0"]);
    expect(counts).toEqual([4, 3, 4, 3]);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
  });

  it("moves a rule up to the top", async () => {
    const { wrapped, counts } = watching(client);
    const outcome = await moveAclRule(wrapped, target, { mask: "0.0.0.0/0", from: 2, to: 0 });
    expect(outcome.status).toBe("moved");
    expect(outcome.status === "moved" && outcome.rules.map((r) => r.mask)).toEqual(["0.0.0.0/0", "192.0.2.0/24", "198.51.100.7/32"]);
    expect(await rulesNow()).toEqual(["deny 0.0.0.0/0", "allow 192.0.2.0/24", "allow 198.51.100.7/32"]);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
  });

  it("refuses a single address without touching anything", async () => {
    await expect(moveAclRule(client, target, { mask: "198.51.100.7/32", from: 1, to: 0 })).rejects.toThrow(/single address/);
    expect(await rulesNow()).toEqual(seeded);
  });

  it("refuses when the list changed since it was shown", async () => {
    await expect(moveAclRule(client, target, { mask: "0.0.0.0/0", from: 0, to: 1 })).rejects.toThrow(/changed since/);
    expect(await rulesNow()).toEqual(seeded);
  });

  it("when removing the original fails, says the rule appears twice and which to remove; nothing is lost; finishing works", async () => {
    await fault({ mode: "http-500", remaining: 1, pathContains: "ACL/delete" });
    const outcome = await moveAclRule(client, target, { mask: "192.0.2.0/24", from: 0, to: 2 });
    expect(outcome.status).toBe("stopped");
    if (outcome.status !== "stopped") return;
    expect(outcome.step).toBe(2);
    expect(outcome.copyMask).toBe("192.0.2.1/24");
    expect(outcome.message).toMatch(/now appears twice/);
    expect(outcome.message).toContain("its new copy at position 4 (written 192.0.2.1/24");
    expect(outcome.message).toContain("Remove the original 192.0.2.0/24 at position 1");
    expect(await rulesNow()).toEqual([...seeded, "allow 192.0.2.1/24"]);

    const finished = await finishAclMove(client, target, { mask: outcome.mask, copyMask: outcome.copyMask, mode: outcome.mode });
    expect(finished.status).toBe("moved");
    expect(await rulesNow()).toEqual(["allow 198.51.100.7/32", "deny 0.0.0.0/0", "allow 192.0.2.0/24"]);
  });

  it("when removing the copy fails, names the copy to remove", async () => {
    // The first ACL/delete (the original) passes, the second (the copy) fails.
    const { wrapped } = watching(client);
    let deletes = 0;
    const flaky = {
      ...wrapped,
      deleteRule: async (port: Parameters<ProxiesAdapter["deleteRule"]>[0], mask: string) => {
        deletes += 1;
        if (deletes === 2) await fault({ mode: "http-500", remaining: 1, pathContains: "ACL/delete" });
        return wrapped.deleteRule(port, mask);
      },
    };
    const outcome = await moveAclRule(flaky, target, { mask: "0.0.0.0/0", from: 2, to: 0 });
    expect(outcome.status === "stopped" && outcome.step).toBe(4);
    expect(outcome.message).toContain("Remove the copy 0.0.0.1/0 at position 2");
    expect(await rulesNow()).toEqual(["deny 0.0.0.0/0", "deny 0.0.0.1/0", "allow 192.0.2.0/24", "allow 198.51.100.7/32"]);
    const finished = await finishAclMove(client, target, { mask: "0.0.0.0/0", copyMask: "0.0.0.1/0", mode: "deny" });
    expect(finished.status).toBe("moved");
    expect(await rulesNow()).toEqual(["deny 0.0.0.0/0", "allow 192.0.2.0/24", "allow 198.51.100.7/32"]);
  });

  it("when adding the copy fails, nothing changed", async () => {
    await fault({ mode: "http-500", remaining: 1, pathContains: "ACL/addAcl" });
    await expect(moveAclRule(client, target, { mask: "192.0.2.0/24", from: 0, to: 1 })).rejects.toThrow(/Nothing was changed/);
    expect(await rulesNow()).toEqual(seeded);
  });
});

describe("applyBulkAcl against the X4B sandbox", () => {
  it("reports each port: added, already there, or the provider's refusal", async () => {
    const results = await applyBulkAcl(
      client,
      [
        { leaseId: 1201, portId: 5001 },
        { leaseId: 1201, portId: 5003 },
        { leaseId: 1201, portId: 5002 },
        { leaseId: 1202, portId: 5010 },
      ],
      { mode: "deny", mask: "203.0.113.0/24", placement: "end" },
    );
    expect(results.map((r) => r.outcome)).toEqual(["added", "exists", "failed", "added"]);
    expect(results[2]?.message).toMatch(/only available on HTTP ports/);
    expect((await raw.listAcls({ service: 1202, portId: 5010 })).map((r) => r.mask)).toEqual(["203.0.113.0/24"]);
    expect((await rulesNow()).at(-1)).toBe("deny 203.0.113.0/24");
  });
});
