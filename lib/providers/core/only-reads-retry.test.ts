/**
 * Only reads retry, for every provider: every documented client method that is not a read is called while the
 * provider answers 503 to everything, and the provider must see that request once (a power toggle or a DNS
 * change sent three times is not harmless). Methods come from each kind's list of documented methods, so a new
 * one is covered the day it is added: it fails here until it is named a read or given example arguments.
 * Reads are checked the other way round: under a 503 they are retried, which proves the fault reaches the client.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

import { startCountingProxy, type CountingProxy, type SeenRequest } from "../../testing/counting-proxy";
import { time4vpsProvider, xsserverProvider } from "../hostbill/definition";
import { createTime4vpsClient } from "../hostbill/time4vps-client";
import { documentedMethods as time4vpsMethods } from "../hostbill/time4vps-methods";
import { createXsserverClient } from "../hostbill/xsserver-client";
import { documentedMethods as xsserverMethods } from "../hostbill/xsserver-methods";
import { createIpmoduleClient } from "../ipmodule/client";
import { ipmoduleProvider } from "../ipmodule/definition";
import { documentedMethods as ipmoduleMethods } from "../ipmodule/methods";
import { createX4bClient } from "../x4b/client";
import { x4bProvider } from "../x4b/definition";
import { documentedMethods as x4bMethods } from "../x4b/methods";
import { createXtreamClient } from "../xtream/client";
import { xtreamProvider } from "../xtream/definition";
import { documentedMethods as xtreamMethods } from "../xtream/methods";
import { createTransport } from "./http";

type Client = Record<string, (...args: never[]) => Promise<unknown>>;

interface KindUnderTest {
  kind: "x4b" | "xtream" | "time4vps" | "xsserver" | "ipmodule";
  methods: readonly { doc: string; client: string }[];
  /** Methods that only read: everything else changes something at the provider. */
  reads: ReadonlySet<string>;
  /** A read that needs no arguments: signs in before the fault, so the fault hits the call under test. */
  warmUp: string;
  /** Arguments that pass the client's own validation, for every method that changes something. */
  examples: Record<string, unknown[]>;
  create: (baseUrl: string, connectionId: string) => Client;
}

const DAY = 86_400;
const csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIBWjCCAQACAQAwHjEcMBoGA1UEAwwTc2hvcC5kZW1vLWhvc3RkZWNrLmV1\n-----END CERTIFICATE REQUEST-----";

function transport(baseUrl: string, connectionId: string) {
  return createTransport({ connectionId, baseUrl, allowedHosts: ["127.0.0.1"], retry: { baseDelayMs: 1, maxDelayMs: 5 }, timeoutMs: 5_000 });
}

const kinds: KindUnderTest[] = [
  {
    kind: "x4b",
    methods: x4bMethods,
    reads: new Set(["listServers", "listPlans", "listServices", "getServiceUsage", "listPorts", "listAcls"]),
    warmUp: "listServers",
    examples: {
      login: [],
      deleteService: [{ service: 1204 }],
      addPort: [{ service: 1201, port: { from: 443, to: 8443, addr: "192.0.2.10", type: "http" } }],
      updatePort: [{ id: 5002, port: { to: 8443, addr: "192.0.2.11", keepalive: true } }],
      deletePort: [{ service: 1201, port: { from: 80, domain: "api.example.com" } }],
      addAcl: [{ service: 1201, portId: 5001, mask: "203.0.113.5/32", mode: "deny" }],
      deleteAcl: [{ service: 1201, portId: 5001, mask: "198.51.100.7/32" }],
    },
    create: (baseUrl, connectionId) =>
      createX4bClient({
        connectionId,
        baseUrl,
        credentials: x4bProvider.sandbox.credentials as never,
        transport: transport(baseUrl, connectionId),
      }) as unknown as Client,
  },
  {
    kind: "xtream",
    methods: xtreamMethods,
    reads: new Set([
      "getLineInfo",
      "getMagInfo",
      "listAdministrators",
      "listServers",
      "viewServer",
      "listOnlineStreams",
      "listOfflineStreams",
      "listResellers",
    ]),
    warmUp: "listServers",
    examples: {
      createLine: [{ username: "retry.check", password: "retry-check-pw" }],
      updateLine: [{ username: "john.smith", data: { expire_date: Math.floor(Date.now() / 1000) + 60 * DAY } }],
      deleteLine: [{ username: "hotel-lobby" }],
      createMag: [{ mac_address: "00:1a:79:79:79:79", expire_date: Math.floor(Date.now() / 1000) + 30 * DAY, subscription_plan_id: 1 }],
      updateMag: [{ mac_address: "00:1A:79:AB:CD:EF", data: { disabled: false, notes: "Back in use" } }],
      deleteMag: [{ mac_address: "00:1A:79:00:12:34" }],
      createAdministrator: [{ username: "night.shift", password: "s3cret-pw", email: "night@panel.example.net", group_id: 2 }],
      updateAdministrator: [{ id: 2, data: { email: "anna.b@panel.example.net" } }],
      updateServer: [{ id: 2, data: { server_ip: "192.0.2.200", vpn_ip: "10.8.0.20" } }],
      startStream: [{ id: 3 }],
      stopStream: [{ id: 1 }],
      createReseller: [{ name: "test_reseller", max_allowed_connections: 50, use_credits: true, credits: 25 }],
      updateReseller: [{ id: 4, data: { credits: 40 } }],
      addResellerCredits: [{ id: 4, credits: 10 }],
    },
    create: (baseUrl, connectionId) =>
      createXtreamClient({
        connectionId,
        baseUrl,
        credentials: xtreamProvider.sandbox.credentials as never,
        transport: transport(baseUrl, connectionId),
      }) as unknown as Client,
  },
  {
    kind: "time4vps",
    methods: time4vpsMethods,
    // The document's GET methods, and the quote, which only prices an order.
    reads: new Set([...time4vpsMethods.filter((m) => m.doc.startsWith("GET ")).map((m) => m.client), "getQuote"]),
    warmUp: "getDetails",
    examples: {
      updateDetails: [{ city: "Kaunas", phonenumber: "+370.61111111" }],
      signup: [{ email: "x@example.org", password: "A-long-password-1", country: "LT" }],
      requestPasswordReset: [{ email: "demo@example.com" }],
      addContact: [{ email: "a@demo-hostdeck.eu", firstname: "A", lastname: "B", privileges: { billing: ["everything"] } }],
      editContact: [{ id: 49, city: "Vilnius", privileges: { billing: ["emails"] } }],
      acknowledgeNotification: [{ id: 901 }],
      cancelService: [{ id: 1303, reason: "Moving backups elsewhere" }],
      setServiceLabel: [{ id: 1303, label: "Backups" }],
      requestUpgrade: [{ id: 1301, resources: { "1557": "10104" } }],
      orderMultiple: [{ items: [{ type: "product", product_id: 345, domain: "x.demo-hostdeck.eu", cycle: "m" }] }],
      orderProduct: [{ product_id: 333, domain: "new.demo-hostdeck.eu", cycle: "a", pay_method: 1, custom: { "1620": 10341 } }],
      orderAddon: [{ id: 1302, addon_id: 32 }],
      addDnsZone: [{ service_id: 1308, name: "Example-Shop.eu" }],
      deleteDnsZone: [{ service_id: 1308, zone_id: 61 }],
      addDnsRecord: [{ service_id: 1308, zone_id: 60, name: "shop", type: "A", content: "185.123.100.20", ttl: 600 }],
      editDnsRecord: [{ service_id: 1308, zone_id: 60, record_id: 602, name: "www", type: "A", content: "185.123.100.99", ttl: 300 }],
      deleteDnsRecord: [{ service_id: 1308, zone_id: 60, record_id: 613 }],
      orderCertificate: [{ product_id: 25, csr, years: 2, pay_method: 5, approver_email: "admin@demo-hostdeck.eu", software: 18, admin: 49 }],
      rebootServer: [{ server_id: 1302 }],
      reinstallServer: [{ server_id: 1302, os: "almalinux-9-x86_64", script: 403, ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB demo@host" }],
      resetServerPassword: [{ server_id: 1303 }],
      launchWebConsole: [{ server_id: 1301, timeout: "3h", whitelabel: true }],
      renameServer: [{ server_id: 1303, hostname: "vault.example.org" }],
      changePtr: [{ server_id: 1301, ip_address: "185.123.100.13", hostname: "smtp.demo-hostdeck.eu" }],
      flushFirewall: [{ server_id: 1301 }],
      changeDnsServers: [{ server_id: 1302, ns1: "9.9.9.9", ns2: "149.112.112.112" }],
      resetVpnPassword: [{ id: 1304 }],
    },
    create: (baseUrl, connectionId) =>
      createTime4vpsClient({
        connectionId,
        baseUrl,
        credentials: time4vpsProvider.sandbox.credentials as never,
        transport: transport(baseUrl, connectionId),
      }) as unknown as Client,
  },
  {
    kind: "xsserver",
    methods: xsserverMethods,
    reads: new Set([
      "getDetails",
      "getBalance",
      "listInvoices",
      "getInvoice",
      "listTickets",
      "getTicket",
      "listTicketDepartments",
      "listServiceIps",
      "getReverseDns",
      "listPduPorts",
      "getPduPortState",
    ]),
    warmUp: "getDetails",
    examples: {
      login: [],
      logout: [],
      // With a token given, so the call reaches the provider whatever session the connection holds.
      refreshToken: [{ refreshToken: "refresh-token-under-test" }],
      revokeToken: [{ refreshToken: "refresh-token-under-test" }],
      createTicket: [{ deptId: 2, subject: "PDU outlet 14 flapping", body: "Hello,\nthe outlet switched off twice." }],
      replyToTicket: [{ ticketNumber: 518204, body: "Still fine today." }],
      reopenTicket: [{ ticketNumber: 517990 }],
      closeTicket: [{ ticketNumber: 518377 }],
      updateReverseDns: [{ serviceId: 10451, entries: { "203.0.113.12": "ok.demo.example.com" } }],
      setPduPortPower: [{ serviceId: 10452, portId: 21, power: false }],
    },
    create: (baseUrl, connectionId) =>
      createXsserverClient({
        connectionId,
        baseUrl,
        credentials: xsserverProvider.sandbox.credentials as never,
        transport: transport(baseUrl, connectionId),
      }) as unknown as Client,
  },
  {
    kind: "ipmodule",
    methods: ipmoduleMethods,
    reads: new Set(["getClientIp", "getIp", "getPtr", "getTraffic", "listFreeIp"]),
    warmUp: "getClientIp",
    examples: {
      setMain: [{ id: 40123, ip: "192.0.2.11", description: "new main" }],
      updatePtr: [{ id: 40123, ip: "192.0.2.12", ptr: "backup.example.net." }],
    },
    create: (baseUrl, connectionId) =>
      createIpmoduleClient({
        connectionId,
        baseUrl,
        credentials: ipmoduleProvider.sandbox.credentials as never,
        transport: transport(baseUrl, connectionId),
      }) as unknown as Client,
  },
];

const signature = (request: SeenRequest) => `${request.method} ${request.path} ${request.body}`;

let sandboxes: RunningSandboxes;
const proxies = new Map<string, CountingProxy>();
let counter = 0;

beforeAll(async () => {
  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
  for (const { kind } of kinds) proxies.set(kind, await startCountingProxy(sandboxes.origins[kind]));
});
afterAll(async () => {
  for (const proxy of proxies.values()) await proxy.close();
  await sandboxes.close();
});

/** Calls `method` with every request answered 503, after a warm-up read; returns what reached the wire. */
async function underOutage(kind: KindUnderTest, method: string, args: unknown[]): Promise<SeenRequest[]> {
  const proxy = proxies.get(kind.kind)!;
  const base = new URL(sandboxes.baseUrls[kind.kind]);
  const client = kind.create(`${proxy.origin}${base.pathname}${base.search}`, `only-reads-retry-${kind.kind}-${++counter}`);
  proxy.failWith = undefined;
  await client[kind.warmUp]!();
  const from = proxy.seen.length;
  proxy.failWith = 503;
  try {
    await expect((client[method] as (...a: unknown[]) => Promise<unknown>)(...args)).rejects.toMatchObject({ kind: "upstream-down" });
  } finally {
    proxy.failWith = undefined;
  }
  return proxy.seen.slice(from);
}

describe.each(kinds)("$kind under a 503", (kind) => {
  const changes = kind.methods.filter((method) => !kind.reads.has(method.client));

  it("names every documented method a read or gives it example arguments", () => {
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((method) => !kind.examples[method.client]).map((method) => method.client)).toEqual([]);
    for (const read of kind.reads)
      expect(
        kind.methods.some((method) => method.client === read),
        read,
      ).toBe(true);
  });

  it.each(changes)("$client ($doc) reaches the provider once", async ({ client: method }) => {
    const seen = await underOutage(kind, method, kind.examples[method] ?? []);
    expect(seen.length).toBeGreaterThan(0);
    const repeated = seen.map(signature).filter((entry, index, all) => all.indexOf(entry) !== index);
    expect(repeated, "requests sent more than once").toEqual([]);
  });

  it(`a read (${kind.warmUp}) is retried, so the fault reaches the client`, async () => {
    const seen = await underOutage(kind, kind.warmUp, []);
    expect(seen.length).toBeGreaterThan(1);
  });
});
