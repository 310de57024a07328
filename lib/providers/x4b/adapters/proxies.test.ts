import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { moveAclRule } from "@/lib/capabilities/proxies/move-acl-rule";
import { withReadCache } from "@/lib/providers/core/read-cache/cached-client";
import { ReadCache } from "@/lib/providers/core/read-cache/read-cache";
import type { ConnectionRef } from "@/lib/providers/core/types";

import { createX4bClient } from "../client";
import { x4bReadPolicy } from "../read-policy";
import { demoLogin, startX4bSandbox, x4bContext, type RunningX4bSandbox } from "../test-support/sandbox";
import { x4bProxiesAdapter } from "./proxies";

let running: RunningX4bSandbox;
let refs = 0;

beforeAll(async () => {
  running = await startX4bSandbox();
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());
afterEach(() => fetch(`${running.origin}/__sandbox/faults`, { method: "DELETE" }));

async function fault(settings: Record<string, unknown>) {
  await fetch(`${running.origin}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(settings) });
}

/** The adapter as the console builds it: over the client behind the read cache (a fresh cache per test). */
function setup() {
  const connection: ConnectionRef = { id: `x4b-proxies-${++refs}`, label: "Edge", kind: "x4b", kindLabel: "X4B", isSandbox: true };
  const context = x4bContext(running.baseUrl, demoLogin, { connectionId: connection.id });
  const raw = createX4bClient(context);
  const cached = withReadCache(raw, x4bReadPolicy, { connectionId: connection.id, version: "1" }, new ReadCache());
  const calls = (path: string) => context.transport.requests.filter((request) => request.path.includes(path)).length;
  return { adapter: x4bProxiesAdapter(cached, connection), raw, calls };
}

describe("X4B proxies adapter: reads", () => {
  it("lists every service of the account: leases with location, plan and usage share, other services by type only", async () => {
    const services = await setup().adapter.services();
    expect(services.map((service) => service.id)).toEqual([1201, 1202, 1203, 1204]);
    expect(services.find((service) => service.id === 1201)).toMatchObject({
      connectionLabel: "Edge",
      isLease: true,
      addr: "203.0.113.140",
      server: { name: "Los Angeles, US", flag: "us" },
      plan: { name: "Business 500GB", gb: 500 },
      usage: { used: 182.37, unit: "GB", percent: 36.5 },
      usageError: null,
    });
    expect(services.find((service) => service.id === 1203)).toMatchObject({ isLease: false, type: "unsupported", addr: null, usage: null });
  });

  it("keeps every row when usage cannot be read, and says why in the usage cell", async () => {
    await fault({ mode: "http-500", pathContains: "Service/usage" });
    const services = await setup().adapter.services();
    expect(services).toHaveLength(4);
    const lease = services.find((service) => service.id === 1201)!;
    expect(lease).toMatchObject({ addr: "203.0.113.140", usage: null });
    expect(lease.usageError).toEqual(expect.any(String));
  });

  it("gives the leases without usage, and one lease's usage against its plan", async () => {
    const { adapter } = setup();
    expect((await adapter.leases()).map((lease) => [lease.id, lease.addr, lease.plan.name])).toEqual([
      [1201, "203.0.113.140", "Business 500GB"],
      [1202, "203.0.113.141", "Starter 50GB"],
      [1204, "203.0.113.142", "Pay As You Go"],
    ]);
    expect(await adapter.usage(1202)).toEqual({ used: 48.9, unit: "GB", percent: 97.8 });
    expect((await adapter.usage(1204)).percent).toBeNull();
    // Another account's lease is not this connection's.
    await expect(adapter.usage(1301)).rejects.toMatchObject({ kind: "not-found" });
  });

  it("reads the catalogue with free proxies per location", async () => {
    const { servers, plans } = await setup().adapter.catalog();
    expect(servers.find((server) => server.name === "Sydney, AU")).toMatchObject({ availableV4: 0, availableV6: 512 });
    expect(plans.map((plan) => plan.name)).toEqual(["Starter 50GB", "Business 500GB", "Enterprise 2TB", "Pay As You Go"]);
  });

  it("serves repeated list views from the read cache, and reads again after a lease is deleted through it", async () => {
    const { adapter, calls } = setup();
    await adapter.services();
    await adapter.services();
    await adapter.leases();
    expect([calls("Service/all"), calls("Server/all"), calls("Plan/all"), calls("Service/usage")]).toEqual([1, 1, 1, 3]);
    await adapter.deleteLease(1204);
    expect((await adapter.services()).map((service) => service.id)).toEqual([1201, 1202, 1203]);
    expect(calls("Service/all")).toBe(2);
  });
});

describe("X4B proxies adapter: ports", () => {
  it("adds, updates and deletes a port; the cached port list follows every change", async () => {
    const { adapter } = setup();
    expect((await adapter.ports(1202)).map((port) => port.from)).toEqual([80, 2222]);
    const added = await adapter.addPort(1202, { from: 8443, to: 443, addr: "198.51.100.20", type: "tcp", keepalive: false });
    expect(added).toMatchObject({ from: 8443, to: 443, addr: "198.51.100.20", type: "tcp", keepalive: false, domain: null });
    expect((await adapter.ports(1202)).map((port) => port.from)).toEqual([80, 2222, 8443]);
    expect(await adapter.updatePort(added.id, { to: 8443, addr: "198.51.100.20", keepalive: true })).toMatchObject({ to: 8443, keepalive: true });
    expect((await adapter.ports(1202)).find((port) => port.id === added.id)?.keepalive).toBe(true);
    expect(await adapter.deletePorts(1202, { from: 8443 })).toBe(1);
    expect((await adapter.ports(1202)).map((port) => port.from)).toEqual([80, 2222]);
    expect(await adapter.deletePorts(1202, { from: 8443 })).toBe(0);
  });
});

describe("X4B proxies adapter: ACL rules", () => {
  const port = { leaseId: 1201, portId: 5001 };

  it("adds at a place and deletes by mask, first rule first", async () => {
    const { adapter } = setup();
    await adapter.addRule(port, { mode: "deny", mask: "2001:db8::/32" }, 2);
    expect((await adapter.rules(port)).map((rule) => rule.mask)).toEqual(["192.0.2.0/24", "198.51.100.7/32", "2001:db8::/32", "0.0.0.0/0"]);
    await adapter.deleteRule(port, "2001:db8::/32");
    expect((await adapter.rules(port)).map((rule) => `${rule.mode} ${rule.mask}`)).toEqual(["allow 192.0.2.0/24", "allow 198.51.100.7/32", "deny 0.0.0.0/0"]);
  });

  it("always reads the rules from X4B, so a move is planned on the order as it is now, even after a change made elsewhere", async () => {
    const { adapter, raw } = setup();
    expect((await adapter.rules(port)).map((rule) => rule.mask)).toEqual(["192.0.2.0/24", "198.51.100.7/32", "0.0.0.0/0"]);
    // Changed in the X4B panel, not through Hostdeck.
    await raw.addAcl({ service: 1201, portId: 5001, mask: "10.0.0.0/8", mode: "allow", order: "start" });
    expect((await adapter.rules(port)).map((rule) => rule.mask)).toEqual(["10.0.0.0/8", "192.0.2.0/24", "198.51.100.7/32", "0.0.0.0/0"]);
    const outcome = await moveAclRule(adapter, port, { mask: "10.0.0.0/8", from: 0, to: 2 });
    expect(outcome.status).toBe("moved");
    expect((await raw.listAcls({ service: 1201, portId: 5001 })).map((rule) => rule.mask)).toEqual([
      "192.0.2.0/24",
      "198.51.100.7/32",
      "10.0.0.0/8",
      "0.0.0.0/0",
    ]);
  });

  it("refuses rules of a TCP port as X4B does", async () => {
    await expect(setup().adapter.rules({ leaseId: 1201, portId: 5002 })).rejects.toMatchObject({ kind: "invalid-input" });
  });
});
