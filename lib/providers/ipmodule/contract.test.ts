import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { expectNoSecrets, expectProviderError } from "../core/testing/expect-provider-error";
import { createIpmoduleClient } from "./client";
import { ipmoduleProvider } from "./definition";
import { demoToken, ipmoduleContext, startIpmoduleSandbox, type RunningIpmoduleSandbox } from "./test-support/sandbox";

let running: RunningIpmoduleSandbox;

beforeAll(async () => {
  running = await startIpmoduleSandbox();
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());

const client = () => createIpmoduleClient(ipmoduleContext(running.baseUrl));
const day = 24 * 3600;
const now = () => Math.floor(Date.now() / 1000);

describe("ip.php network module", () => {
  it("get_client_ip: returns the address Hostdeck calls from", async () => {
    await expect(client().getClientIp()).resolves.toEqual({ result: "OK", ip: "127.0.0.1" });
    await expect(ipmoduleProvider.testConnection(ipmoduleContext(running.baseUrl))).resolves.toEqual({
      detail: "Token accepted; ip.php sees Hostdeck calling from 127.0.0.1",
    });
  });

  it("get_client_ip: a wrong token is an auth error that never shows the token", async () => {
    const error = await expectProviderError(createIpmoduleClient(ipmoduleContext(running.baseUrl, "wrong-token-123")).getClientIp(), "auth", {
      message: /^invalid token$/,
      providerCode: "-1",
    });
    expectNoSecrets(error, ["wrong-token-123"]);
  });

  it("get_ip: gives network, mask, gateway and what the address is used for", async () => {
    await expect(client().getIp({ ip: "192.0.2.10" })).resolves.toEqual({
      result: "OK",
      ip: "192.0.2.10",
      network: "192.0.2.0",
      mask: "255.255.255.192",
      prefix: 26,
      gateway: "192.0.2.1",
      broadcast: "192.0.2.63",
      vlan: 1101,
      location: "NL",
      server_id: 40123,
      main: true,
      ipmi: false,
      description: "web front",
      ptr: "srv40123.example.net",
    });
    await expect(client().getIp({ ip: "10.30.0.77" })).resolves.toMatchObject({ ipmi: true, main: false, location: "DE" });
    await expect(client().getIp({ ip: "203.0.113.50" })).resolves.toMatchObject({ server_id: null, mask: "255.255.255.128" });
  });

  it("get_ip: an address outside the account is 'malformed IP', without the token in the message", async () => {
    for (const ip of ["127.0.0.1", "192.0.2.70"]) {
      const error = await expectProviderError(client().getIp({ ip }), "invalid-input", { field: "ip" });
      expect(error.providerMessage).toBe(`malformed IP=${ip} for token [redacted]`);
      expectNoSecrets(error, [demoToken]);
    }
  });

  it("get_ip: a badly written address is refused before anything is sent", async () => {
    const context = ipmoduleContext(running.baseUrl);
    await expectProviderError(createIpmoduleClient(context).getIp({ ip: "192.0.2.300" }), "invalid-input", { field: "ip" });
    expect(context.transport.requests).toHaveLength(0);
  });

  it("get_ptr: returns the reverse record of a server's address", async () => {
    await expect(client().getPtr({ id: 40123, ip: "192.0.2.10" })).resolves.toMatchObject({ ip: "192.0.2.10", ptr: "srv40123.example.net" });
    await expect(client().getPtr({ id: 40123, ip: "192.0.2.12", location: "NL" })).resolves.toMatchObject({ ptr: "" });
  });

  it("get_ptr: an address not on that server, or in another location, is an invalid request", async () => {
    await expectProviderError(client().getPtr({ id: 40177, ip: "192.0.2.10" }), "invalid-input", { message: /^ip\/get_ptr: invalid request$/ });
    await expectProviderError(client().getPtr({ id: 40123, ip: "192.0.2.10", location: "DE" }), "invalid-input");
    await expectProviderError(client().getPtr({ id: 49999, ip: "192.0.2.70" }), "invalid-input");
  });

  it("get_traffic: summary gives GB in and out for the period", async () => {
    const traffic = await client().getTraffic({ ip: "192.0.2.10", summary: true });
    expect(traffic.in).toBeGreaterThan(100);
    expect(traffic.out).toBeGreaterThan(traffic.in);
    expect(traffic).not.toHaveProperty("data");
    const week = await client().getTraffic({ ip: "192.0.2.10", summary: true, periodStart: now() - 7 * day, periodStop: now() });
    expect(week.out).toBeLessThan(traffic.out);
  });

  it("get_traffic: detailed gives hourly timestamps whose bytes add up to the totals", async () => {
    const stop = now();
    const detail = await client().getTraffic({ ip: "198.51.100.10", periodStart: new Date((stop - day) * 1000), periodStop: stop });
    expect(detail.data.length).toBeGreaterThanOrEqual(24);
    expect(detail.data.length).toBeLessThanOrEqual(25);
    const first = detail.data[0];
    expect(first?.timestamp ?? 0).toBeGreaterThanOrEqual(stop - day);
    const outBytes = detail.data.reduce((sum, point) => sum + point.out, 0);
    expect(detail.out).toBeCloseTo(outBytes / 1e9, 1);
    const again = await client().getTraffic({ ip: "198.51.100.10", periodStart: stop - day, periodStop: stop });
    expect(again.data).toEqual(detail.data);
  });

  it("get_traffic: unbilled counts only traffic since the last invoice", async () => {
    const all = await client().getTraffic({ ip: "192.0.2.10", summary: true, periodStart: now() - 60 * day });
    const unbilled = await client().getTraffic({ ip: "192.0.2.10", summary: true, periodStart: now() - 60 * day, unbilled: true });
    expect(unbilled.out).toBeLessThan(all.out);
    expect(unbilled.period_start).toBeGreaterThan(all.period_start ?? 0);
  });

  it("get_traffic: an idle address has 'no significant traffic' (not found)", async () => {
    await expectProviderError(client().getTraffic({ ip: "192.0.2.12", summary: true }), "not-found", {
      message: /^no significant traffic detected for 192\.0\.2\.12 in the period \d{4}-\d\d-\d\d \d\d:\d\d:\d\d - /,
    });
    await expectProviderError(client().getTraffic({ ip: "192.0.2.70" }), "invalid-input", { field: "ip" });
    await expectProviderError(client().getTraffic({ ip: "192.0.2.10", periodStart: 10, periodStop: 5 }), "invalid-input", {
      field: "periodStart",
    });
  });

  it("list_free_ip: lists unused addresses of the account's subnets in a location", async () => {
    const { ips } = await client().listFreeIp({ location: "NL" });
    expect(ips).toContain("192.0.2.2");
    expect(ips).not.toContain("192.0.2.1");
    expect(ips).not.toContain("192.0.2.10");
    expect(ips.some((ip) => ip.startsWith("192.0.2.6") && Number(ip.split(".")[3]) >= 64)).toBe(false);
    expect(ips).toHaveLength(62 - 1 - 3);
    const plain = await client().listFreeIp({ location: "US", id: 321 });
    const filtered = await client().listFreeIp({ location: "US", id: 321, excludeSpecial: true });
    expect(plain.ips.filter((ip) => !filtered.ips.includes(ip))).toEqual(["203.0.113.2", "203.0.113.3", "203.0.113.126"]);
  });

  it("list_free_ip: someone else's or a foreign subnet is an 'illegal IP subnet'", async () => {
    await expectProviderError(client().listFreeIp({ location: "NL", id: 302 }), "invalid-input", { field: "id", message: /^illegal IP subnet$/ });
    await expectProviderError(client().listFreeIp({ location: "DE", id: 301 }), "invalid-input", { field: "id" });
    await expectProviderError(client().listFreeIp({ location: "SG" }), "invalid-input", { message: /invalid request/ });
  });

  it("set_main: makes an address the server's main IP, visible in get_ip", async () => {
    await expect(client().setMain({ id: 40123, ip: "192.0.2.11", description: "new main" })).resolves.toEqual({
      result: "OK",
      id: 40123,
      ip: "192.0.2.11",
      main: 1,
    });
    await expect(client().getIp({ ip: "192.0.2.11" })).resolves.toMatchObject({ main: true, description: "new main" });
    await expect(client().getIp({ ip: "192.0.2.10" })).resolves.toMatchObject({ main: false });
    await client().setMain({ id: 40123, ip: "192.0.2.12", main: 0 });
    await expect(client().getIp({ ip: "192.0.2.12" })).resolves.toMatchObject({ ipmi: true });
  });

  it("set_main: an address not on that server is an 'ID or IP mismatch'", async () => {
    await expectProviderError(client().setMain({ id: 40177, ip: "192.0.2.11" }), "invalid-input", {
      field: "ip",
      message: /^invalid request \(ID or IP mismatch\)$/,
    });
  });

  it("update_ptr: sets, replaces with several names, and clears a reverse record", async () => {
    await expect(client().updatePtr({ id: 40123, ip: "192.0.2.12", ptr: "Backup.Example.net." })).resolves.toMatchObject({
      ptr: "backup.example.net",
    });
    await expect(client().getPtr({ id: 40123, ip: "192.0.2.12" })).resolves.toMatchObject({ ptr: "backup.example.net" });
    await client().updatePtr({ id: 40123, ip: "192.0.2.12", ptr: ["a.example.net", "b.example.net"], location: "NL" });
    await expect(client().getPtr({ id: 40123, ip: "192.0.2.12" })).resolves.toMatchObject({ ptr: "a.example.net\nb.example.net" });
    await client().updatePtr({ id: 40123, ip: "192.0.2.12" });
    await expect(client().getPtr({ id: 40123, ip: "192.0.2.12" })).resolves.toMatchObject({ ptr: "" });
  });

  it("update_ptr: another server's address is an invalid request; a bad name never leaves Hostdeck", async () => {
    await expectProviderError(client().updatePtr({ id: 41002, ip: "192.0.2.12", ptr: "x.example.net" }), "invalid-input", {
      message: /^ip\/update_ptr: invalid request$/,
    });
    const context = ipmoduleContext(running.baseUrl);
    await expectProviderError(createIpmoduleClient(context).updatePtr({ id: 40123, ip: "192.0.2.12", ptr: "not a name" }), "invalid-input", {
      field: "ptr",
    });
    expect(context.transport.requests).toHaveLength(0);
  });
});

describe("methods on the wire", () => {
  it("get_client_ip is a GET (its table's only method); every other action is a form-encoded POST", async () => {
    const context = ipmoduleContext(running.baseUrl);
    const ipmodule = createIpmoduleClient(context);
    await ipmodule.getClientIp();
    await ipmodule.getIp({ ip: "192.0.2.10" });
    await ipmodule.getPtr({ id: 40123, ip: "192.0.2.10" });
    await ipmodule.updatePtr({ id: 40123, ip: "192.0.2.11", ptr: "eleven.example.com" });
    expect(context.transport.requests.map((request) => [request.method, request.body?.type ?? "none"])).toEqual([
      ["GET", "none"],
      ["POST", "form"],
      ["POST", "form"],
      ["POST", "form"],
    ]);
  });
});
