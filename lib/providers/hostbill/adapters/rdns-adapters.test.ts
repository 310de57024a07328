import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readRdns } from "@/lib/capabilities/rdns/read-rdns";
import { createTransport } from "@/lib/providers/core/http";
import type { ConnectionRef } from "@/lib/providers/core/types";
import { startXsserverSandbox, type RunningXsserverSandbox } from "@/sandbox/xsserver/testing";

import { withTime4vpsSandbox } from "../time4vps-test-kit";
import { createXsserverClient } from "../xsserver-client";
import { time4vpsRdnsAdapter } from "./time4vps-rdns";
import { xsserverRdnsAdapter } from "./xsserver-rdns";

const ref = (label: string): ConnectionRef => ({ id: `${label}-conn`, label, kind: label, kindLabel: label, isSandbox: true });

describe("Time4VPS reverse DNS", () => {
  const { client, running } = withTime4vpsSandbox();

  it("lists every server's additional IPs with the server as their owner", async () => {
    const { lookupOnly, entries, note } = await readRdns(time4vpsRdnsAdapter(client()), ref("T4V"));
    expect(lookupOnly).toBe(false);
    expect(note).toMatch(/additional IPs only/);
    expect(entries.find((entry) => entry.ip === "185.123.100.12")).toMatchObject({
      connectionId: "T4V-conn",
      connectionLabel: "T4V",
      ref: "1301",
      refLabel: "web1.demo-hostdeck.eu",
    });
    // Main IPs are not listed: their PTR cannot be changed through the API.
    expect(entries.some((entry) => entry.ip === "185.123.100.11")).toBe(false);
  });

  it("shows every current PTR as unknown: the document has no way to read one", async () => {
    const { entries, note } = await readRdns(time4vpsRdnsAdapter(client()), ref("T4V"));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.ptr === null)).toBe(true);
    expect(note).toMatch(/unknown/);
  });

  it("a second change on the same server in one batch waits for the first task instead of being refused", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 150 });
    const write = time4vpsRdnsAdapter(client()).ptrWriter();
    expect(await write({ ref: "1301", ip: "185.123.100.12", hostname: "a.demo-hostdeck.eu" })).toMatch(/task #\d+/);
    expect(await write({ ref: "1301", ip: "185.123.100.13", hostname: "b.demo-hostdeck.eu" })).toMatch(/task #\d+/);
  });

  it("an address without its server is refused before any call", async () => {
    await expect(time4vpsRdnsAdapter(client()).ptrWriter()({ ip: "185.123.100.12", hostname: "a.demo-hostdeck.eu" })).rejects.toMatchObject({
      code: "invalid-input",
    });
  });
});

describe("XSServer reverse DNS", () => {
  let xs: RunningXsserverSandbox;
  beforeAll(async () => {
    xs = await startXsserverSandbox();
  });
  afterAll(async () => {
    await xs.close();
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

  it("lists the IPs of the services found through invoices, each with its PTR; a change touches one address", async () => {
    xs.reset();
    const client = xsserverClient();
    const rdns = xsserverRdnsAdapter(client);
    const { entries, lookupOnly } = await readRdns(rdns, ref("XS"));
    expect(lookupOnly).toBe(false);
    expect(new Set(entries.map((entry) => entry.ref))).toEqual(new Set(["10451", "10452", "10588"]));
    expect(entries.find((entry) => entry.ip === "203.0.113.11")).toMatchObject({ ptr: "mail.demo.example.com", refLabel: "Dedicated Server XS-E2236 (64 GB)" });
    expect(entries.find((entry) => entry.ip === "203.0.113.12")?.ptr).toBe("");

    expect(await rdns.ptrWriter()({ ref: "10451", ip: "203.0.113.12", hostname: "new.demo.example.com" })).toMatch(/new\.demo\.example\.com/);
    const after = await client.getReverseDns({ serviceId: 10451 });
    expect(after.find((entry) => entry.ipaddress === "203.0.113.12")?.hostname).toBe("new.demo.example.com");
    expect(after.find((entry) => entry.ipaddress === "203.0.113.11")?.hostname).toBe("mail.demo.example.com");
  });

  it("lists no address of another client's service", async () => {
    xs.reset();
    const { entries } = await readRdns(xsserverRdnsAdapter(xsserverClient()), ref("XS"));
    expect(entries.some((entry) => entry.ref === "10460")).toBe(false);
  });
});
