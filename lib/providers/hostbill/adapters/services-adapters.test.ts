import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { cancelConfirmText } from "@/lib/capabilities/services/change-service";
import { createTransport } from "@/lib/providers/core/http";
import { withReadCache } from "@/lib/providers/core/read-cache/cached-client";
import { ReadCache } from "@/lib/providers/core/read-cache/read-cache";
import type { ConnectionRef } from "@/lib/providers/core/types";
import { createTime4vpsClient } from "@/lib/providers/hostbill/time4vps-client";
import { time4vpsReadPolicy } from "@/lib/providers/hostbill/time4vps-read-policy";
import { createXsserverClient } from "@/lib/providers/hostbill/xsserver-client";
import { startTime4vpsSandbox, type RunningTime4vpsSandbox } from "@/sandbox/time4vps/testing";
import { startXsserverSandbox, type RunningXsserverSandbox } from "@/sandbox/xsserver/testing";

import { time4vpsUpgradeEstimate, time4vpsUpgradeOptions } from "./time4vps-service-mapping";
import { time4vpsServicesAdapter } from "./time4vps-services";
import { xsserverServicesAdapter } from "./xsserver-services";

let t4v: RunningTime4vpsSandbox;
let xs: RunningXsserverSandbox;
let counter = 0;

beforeAll(async () => {
  [t4v, xs] = await Promise.all([startTime4vpsSandbox(), startXsserverSandbox()]);
});
afterAll(async () => {
  await Promise.all([t4v.close(), xs.close()]);
});
beforeEach(() => {
  t4v.reset();
  xs.reset();
});

function transport(baseUrl: string) {
  counter += 1;
  const connectionId = `services-test-${process.pid}-${counter}`;
  return {
    connectionId,
    baseUrl,
    transport: createTransport({ connectionId, baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 5_000 }),
  };
}
const time4vps = () => createTime4vpsClient({ ...transport(t4v.baseUrl), credentials: { username: "demo@example.com", password: "demo-pass" } });
const xsserver = () =>
  createXsserverClient({ ...transport(xs.baseUrl), credentials: { username: "demo@example.com", password: "demo-pass", authMode: "token" } });
let refs = 0;
const connection = (label: string): ConnectionRef => ({ id: `conn-${label}-${++refs}`, label, kind: label, kindLabel: label, isSandbox: true });
const t4vAdapter = () => time4vpsServicesAdapter(time4vps(), connection("T4V"));
const xsAdapter = () => xsserverServicesAdapter(xsserver(), connection("XS"));

describe("Time4VPS services", () => {
  it("lists every service with labels (from servers and label calls), account currency and due dates", async () => {
    const { rows, note } = await t4vAdapter().list();
    expect(note).toBeUndefined();
    expect(rows.map((row) => row.id)).toEqual(["1301", "1302", "1303", "1304", "1305", "1306", "1307", "1308", "1310"]);
    const web = rows.find((row) => row.id === "1301")!;
    expect(web).toMatchObject({
      label: "Web frontend",
      domain: "web1.demo-hostdeck.eu",
      product: "Linux 4",
      status: "Active",
      statusTone: "good",
      currency: "EUR",
      price: 7.99,
      inferred: false,
      key: expect.stringMatching(/^conn-T4V-\d+:1301$/),
    });
    expect(rows.find((row) => row.id === "1310")).toMatchObject({ status: "Terminated", statusTone: "bad", label: null });
    expect(rows.find((row) => row.id === "1304")?.category).toBe("VPN");
  });

  it("keeps labels of non-server services in the read cache until a label change through Hostdeck makes them stale", async () => {
    const raw = time4vps();
    const ref = connection("T4V");
    const client = withReadCache(raw, time4vpsReadPolicy, { connectionId: ref.id, version: "1" }, new ReadCache());
    const adapter = time4vpsServicesAdapter(client, ref);
    expect((await adapter.list()).rows.find((row) => row.id === "1304")?.label).toBeNull();
    // Changed behind Hostdeck's back: the cached label stays.
    await raw.setServiceLabel({ id: "1304", label: "Office VPN" });
    expect((await adapter.list()).rows.find((row) => row.id === "1304")?.label).toBeNull();
    // Changed through Hostdeck: the next view reads it again.
    await adapter.setLabel!("1304", "Office VPN 2");
    expect((await adapter.list()).rows.find((row) => row.id === "1304")?.label).toBe("Office VPN 2");
  });

  it("describes a VPS: raw fields, features from its methods, cancel confirmation text", async () => {
    const detail = await t4vAdapter().get("1301");
    expect(detail.features).toEqual({ label: true, upgrade: true, cancel: true, addons: true, ips: true, pdu: false, vpn: false });
    expect(detail.confirmText).toBe("Web frontend");
    expect(detail.raw.find((field) => field.name === "Username")?.value).toBe("root");
    expect(detail.raw.find((field) => field.name === "Next invoice")).toBeDefined();
  });

  it("describes a VPN service and a terminated one", async () => {
    const vpn = await t4vAdapter().get("1304");
    expect(vpn.features).toMatchObject({ vpn: true, upgrade: false, addons: false, ips: false });
    expect(vpn.confirmText).toBe("vpn-1304");
    const dead = await t4vAdapter().get("1310");
    expect(dead.features).toMatchObject({ label: false, cancel: false, upgrade: false, vpn: false });
    expect(dead.notes.join(" ")).toMatch(/terminated/);
  });

  it("reads upgrade options and estimates without changing anything, then orders", async () => {
    const client = time4vps();
    const options = time4vpsUpgradeOptions(await client.getUpgradeOptions({ id: "1301" }));
    expect(options.resources.length).toBeGreaterThan(0);
    expect(options.packages.map((item) => item.id)).toEqual(["335"]);
    const resource = options.resources[0]!;
    const other = resource.items.find((item) => !item.selected)!;
    const estimate = time4vpsUpgradeEstimate(await client.requestUpgrade({ id: "1301", resources: { [resource.id]: other.id }, send: false }));
    expect(estimate.invoiceId).toBeNull();
    expect(estimate.items[0]?.name).toBe(resource.name);
    expect(estimate.total).toBe(Math.round(((estimate.subtotal ?? 0) + (estimate.tax ?? 0)) * 100) / 100);
    const again = time4vpsUpgradeOptions(await client.getUpgradeOptions({ id: "1301" }));
    expect(again.resources[0]!.items.find((item) => item.selected)?.id).not.toBe(other.id);
    const placed = time4vpsUpgradeEstimate(await client.requestUpgrade({ id: "1301", resources: { [resource.id]: other.id }, send: true }));
    expect(placed.invoiceId).toMatch(/^\d+$/);
  });

  it("lists ordered addons and the product's orderable ones", async () => {
    const addons = await t4vAdapter().addons!("1301");
    expect(addons.ordered).toEqual([{ id: "81", name: "Additional IP", status: "Active" }]);
    expect(addons.orderable.map((addon) => addon.name)).toEqual(["Additional IP", "Daily and weekly backups"]);
  });

  it("lists the server's main IP and additional IPs, their PTRs not reported (Time4VPS documents no way to read them)", async () => {
    const ips = await t4vAdapter().ips("1301");
    expect(ips[0]).toMatchObject({ main: true, type: "IPv4" });
    const additional = ips.filter((ip) => !ip.main);
    expect(additional.map((ip) => ip.address)).toEqual(["185.123.100.12", "185.123.100.13"]);
    expect(additional.every((ip) => ip.ptr === undefined)).toBe(true);
  });

  it("reads VPN username, sessions and history (no password)", async () => {
    const vpn = await t4vAdapter().vpn!("1304");
    expect(vpn.username).toBe("vpn1304");
    expect(JSON.stringify(vpn)).not.toContain("qerty982Lm");
    expect(vpn.sessions[0]).toMatchObject({ remoteIp: "84.15.183.20", type: "OpenVPN", server: "LT#1, Vilnius" });
    expect(vpn.history).toHaveLength(3);
  });

  it("confirm text falls back from label to domain to product", () => {
    expect(cancelConfirmText({ label: " Web ", domain: "a.eu", name: "Linux" })).toBe("Web");
    expect(cancelConfirmText({ label: "", domain: "a.eu", name: "Linux" })).toBe("a.eu");
    expect(cancelConfirmText({ label: null, domain: null, name: "Linux" })).toBe("Linux");
  });
});

describe("XSServer services (found on invoices)", () => {
  it("lists the account's services from its invoices with a note saying so", async () => {
    const { rows, note } = await xsAdapter().list();
    expect(note).toMatch(/no service list/);
    expect(rows.map((row) => row.id)).toEqual(["10451", "10452", "10588"]);
    expect(rows.find((row) => row.id === "10452")).toMatchObject({
      currency: "USD",
      price: 149,
      billingCycle: "Monthly",
      nextDue: "2025-07-01",
      status: "Not reported",
      inferred: true,
    });
    // Another client's service (10460) never appears.
    expect(rows.some((row) => row.id === "10460")).toBe(false);
  });

  it("describes one service with IPs, PTRs and PDU ports", async () => {
    const adapter = xsAdapter();
    const detail = await adapter.get("10451");
    expect(detail.features).toEqual({ label: false, upgrade: false, cancel: false, addons: false, ips: true, pdu: true, vpn: false });
    expect(detail.row.product).toBe("Dedicated Server XS-E2236 (64 GB)");
    const ips = await adapter.ips("10451");
    expect(ips.find((ip) => ip.address === "203.0.113.10")).toMatchObject({ main: true, ptr: "fra-dedi-01.demo.example.com" });
    expect(ips.find((ip) => ip.address === "203.0.113.12")?.ptr).toBeNull();
    expect(ips.find((ip) => ip.address === "2001:db8:4a1:10::2")?.ptr).toBe("fra-dedi-01.demo.example.com");
    const ports = await adapter.pduPorts!("10452");
    expect(ports.map((port) => [port.id, port.power])).toEqual([
      ["21", true],
      ["22", false],
    ]);
  });

  it("treats another client's service as not found", async () => {
    await expect(xsAdapter().get("10460")).rejects.toMatchObject({ kind: "not-found" });
  });
});
