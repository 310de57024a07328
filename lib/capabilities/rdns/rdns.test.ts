import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTime4vpsSandbox, type RunningTime4vpsSandbox } from "../../../sandbox/time4vps/testing";
import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import { createTransport } from "../../providers/core/http";
import { createTime4vpsClient } from "../../providers/hostbill/time4vps-client";
import { createXsserverClient } from "../../providers/hostbill/xsserver-client";
import { createIpmoduleClient } from "../../providers/ipmodule/client";
import { ipmoduleContext, startIpmoduleSandbox, type RunningIpmoduleSandbox } from "../../providers/ipmodule/test-support/sandbox";
import { parseBulkLines, rdnsBulkSchema } from "./change-schema";
import type { RdnsClient } from "./clients";
import { lookupIpmodulePtr, readRdns } from "./list-rdns";
import { applyPtr } from "./update-rdns";

describe("bulk lines", () => {
  it("reads IP and host name pairs, and reports bad lines with their numbers", () => {
    const { pairs, errors } = parseBulkLines(["# comment", "203.0.113.12 Mail.Example.com.", "", "192.0.2.11,web.example.com", "bad-ip host.example.com", "192.0.2.12 not_a_host", "192.0.2.13", "203.0.113.12 again.example.com"].join("\n"));
    expect(pairs).toEqual([
      { line: 2, ip: "203.0.113.12", hostname: "mail.example.com" },
      { line: 4, ip: "192.0.2.11", hostname: "web.example.com" },
    ]);
    expect(errors.map((error) => error.line)).toEqual([5, 6, 7, 8]);
    expect(errors[1]!.message).toMatch(/fully qualified host name/);
    expect(errors[3]!.message).toMatch(/twice/);
  });

  it("the action schema applies the same host name rule", () => {
    const refused = rdnsBulkSchema.safeParse({ entries: [{ connectionId: "c", ip: "192.0.2.1", hostname: "localhost" }] });
    expect(refused.success).toBe(false);
    expect(rdnsBulkSchema.safeParse({ entries: [] }).success).toBe(false);
  });
});

describe("reverse DNS against the sandboxes", () => {
  let xs: RunningXsserverSandbox;
  let ip: RunningIpmoduleSandbox;
  let t4v: RunningTime4vpsSandbox;
  beforeAll(async () => {
    [xs, ip, t4v] = await Promise.all([startXsserverSandbox(), startIpmoduleSandbox(), startTime4vpsSandbox()]);
  });
  afterAll(async () => {
    await Promise.all([xs.close(), ip.close(), t4v.close()]);
  });

  it("Time4VPS: every additional IP is listed with its PTR unknown (the document has no way to read one)", async () => {
    const connectionId = `t4v-rdns-${Math.random()}`;
    const client = createTime4vpsClient({
      connectionId,
      baseUrl: t4v.baseUrl,
      credentials: { username: "demo@example.com", password: "demo-pass" },
      transport: createTransport({ connectionId, baseUrl: t4v.baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 } }),
    });
    const { entries } = await readRdns({ id: "t4v-1", label: "T4V" }, { kind: "time4vps", client });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.find((entry) => entry.ip === "185.123.100.12")).toMatchObject({ ref: "1301", ptr: null });
    expect(entries.every((entry) => entry.ptr === null)).toBe(true);
  });

  const xsserverClient = () => {
    const connectionId = `xs-rdns-${Math.random()}`;
    return createXsserverClient({
      connectionId,
      baseUrl: xs.baseUrl,
      credentials: { username: "demo@example.com", password: "demo-pass", authMode: "basic" },
      transport: createTransport({ connectionId, baseUrl: xs.baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 } }),
    });
  };
  const ipmodule = (): RdnsClient => ({ kind: "ipmodule", client: createIpmoduleClient(ipmoduleContext(ip.baseUrl)) });

  it("XSServer: services found through invoices, each IP with its PTR; an update changes one address", async () => {
    xs.reset();
    const client = xsserverClient();
    const rdns: RdnsClient = { kind: "xsserver", client };
    const connection = { id: "xs-1", label: "XS" };
    const { entries, lookupOnly } = await readRdns(connection, rdns);
    expect(lookupOnly).toBe(false);
    expect(new Set(entries.map((entry) => entry.ref))).toEqual(new Set(["10451", "10452", "10588"]));
    expect(entries.find((entry) => entry.ip === "203.0.113.11")).toMatchObject({ ptr: "mail.demo.example.com", refLabel: "Dedicated Server XS-E2236 (64 GB)" });
    expect(entries.find((entry) => entry.ip === "203.0.113.12")?.ptr).toBe("");

    const message = await applyPtr(rdns, { connectionId: "xs-1", ref: "10451", ip: "203.0.113.12", hostname: "new.demo.example.com" }, new Map());
    expect(message).toMatch(/new\.demo\.example\.com/);
    const after = await client.getReverseDns({ serviceId: 10451 });
    expect(after.find((entry) => entry.ipaddress === "203.0.113.12")?.hostname).toBe("new.demo.example.com");
    expect(after.find((entry) => entry.ipaddress === "203.0.113.11")?.hostname).toBe("mail.demo.example.com");
  });

  it("ip.php: an unlisted address is looked up (server, PTR) and updated; a neighbour's address fails on its own", async () => {
    const rdns = ipmodule();
    const connection = { id: "ip-1", label: "ip.php" };
    expect(await readRdns(connection, rdns)).toEqual({ lookupOnly: true, entries: [] });
    const message = await applyPtr(rdns, { connectionId: "ip-1", ip: "192.0.2.12", hostname: "twelve.example.com" }, new Map());
    expect(message).toMatch(/twelve\.example\.com/);
    expect(await lookupIpmodulePtr(connection, rdns, "192.0.2.12")).toMatchObject({ ref: "40123", ptr: "twelve.example.com" });
    await expect(applyPtr(rdns, { connectionId: "ip-1", ip: "192.0.2.70", hostname: "x.example.com" }, new Map())).rejects.toMatchObject({ kind: "invalid-input" });
  });
});
