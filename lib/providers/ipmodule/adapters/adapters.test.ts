import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { readRdns } from "@/lib/capabilities/rdns/read-rdns";
import { withReadCache } from "@/lib/providers/core/read-cache/cached-client";
import { ReadCache } from "@/lib/providers/core/read-cache/read-cache";
import type { ConnectionRef } from "@/lib/providers/core/types";

import { createIpmoduleClient } from "../client";
import { ipmoduleReadPolicy } from "../read-policy";
import { ipmoduleContext, startIpmoduleSandbox, type RunningIpmoduleSandbox } from "../test-support/sandbox";
import { ipmoduleNetworkAdapter } from "./network";
import { ipmoduleRdnsAdapter } from "./rdns";

let running: RunningIpmoduleSandbox;
beforeAll(async () => {
  running = await startIpmoduleSandbox();
});
afterAll(async () => {
  await running.close();
});
beforeEach(() => running.reset());

const client = () => createIpmoduleClient(ipmoduleContext(running.baseUrl));
let scopes = 0;
const cached = () => withReadCache(client(), ipmoduleReadPolicy, { connectionId: `ipmodule-cache-${++scopes}`, version: "1" }, new ReadCache());
const connection: ConnectionRef = { id: "ip-1", label: "ip.php", kind: "ipmodule", kindLabel: "ip.php", isSandbox: true };

describe("ip.php reverse DNS", () => {
  it("lists nothing (lookup only); an unlisted address is looked up, updated, and then shows its new PTR", async () => {
    const rdns = ipmoduleRdnsAdapter(cached());
    expect(await readRdns(rdns, connection)).toEqual({ lookupOnly: true, entries: [] });
    const before = await rdns.lookup!("192.0.2.12");
    expect(before).toMatchObject({ ref: "40123", refLabel: expect.stringMatching(/^Server #40123/) });
    expect(await rdns.ptrWriter()({ ip: "192.0.2.12", hostname: "twelve.example.com" })).toMatch(/twelve\.example\.com/);
    // The change made the cached lookup stale.
    expect(await rdns.lookup!("192.0.2.12")).toMatchObject({ ref: "40123", ptr: "twelve.example.com" });
  });

  it("a neighbour's address fails on its own with the provider's refusal", async () => {
    await expect(ipmoduleRdnsAdapter(client()).ptrWriter()({ ip: "192.0.2.70", hostname: "x.example.com" })).rejects.toMatchObject({ kind: "invalid-input" });
  });
});

describe("ip.php network tools", () => {
  it("reads the client IP and an address's network details", async () => {
    const network = ipmoduleNetworkAdapter(client());
    expect(await network.clientIp()).toMatch(/\d+\.\d+\.\d+\.\d+|:/);
    expect(await network.ipDetails("192.0.2.11")).toMatchObject({ network: "192.0.2.0", mask: "255.255.255.192", gateway: "192.0.2.1", serverId: 40123 });
  });

  it("lists free addresses of a location", async () => {
    const free = await ipmoduleNetworkAdapter(client()).freeIps("NL", true);
    expect(free.location).toBe("NL");
    expect(free.ips.length).toBeGreaterThan(0);
  });

  it("reads traffic: the provider's totals and its points agree", async () => {
    const to = Math.floor(Date.now() / 1000);
    const reading = await ipmoduleNetworkAdapter(client()).traffic("192.0.2.10", to - 7 * 86_400, to);
    expect(reading.summary.inGb).toBeGreaterThan(0);
    const summedGb = reading.points.reduce((sum, point) => sum + point.in, 0) / 1e9;
    expect(Math.abs(summedGb - reading.summary.inGb)).toBeLessThan(0.05 * reading.summary.inGb + 0.05);
  });

  it("makes an address the server's main IP, and the cached details then say so", async () => {
    const network = ipmoduleNetworkAdapter(cached());
    expect((await network.ipDetails("192.0.2.11")).main).toBeFalsy();
    expect(await network.setMainIp!(40123, "192.0.2.11")).toEqual({ serverId: "40123", ip: "192.0.2.11" });
    expect((await network.ipDetails("192.0.2.11")).main).toBe(true);
  });
});
