/**
 * The edge in front of Next.js, over real HTTP: what reaches the framework (client address, scheme, nonce), the
 * headers every response carries, and the requests refused before the framework sees them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { clientIp, clientProto } from "./client-ip";
import { createEdgeHandler, type EdgeOptions } from "./edge";
import { parseTrustedProxies } from "./trusted-proxies";

const ACTION_ID = "7f".repeat(20) + "01";
const seen: IncomingMessage[] = [];
const bodies: string[] = [];
let options: EdgeOptions;
let server: Server;
let origin: string;

beforeAll(async () => {
  options = { trust: parseTrustedProxies(undefined).trust, dev: false, actionIds: () => new Set([ACTION_ID]) };
  // The stand-in for Next: records what it was handed and reads the body as Next does.
  const framework = async (request: IncomingMessage, response: ServerResponse) => {
    seen.push(request);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    bodies.push(Buffer.concat(chunks).toString("utf8"));
    response.end("framework");
  };
  const edge = createEdgeHandler(framework, {
    get trust() {
      return options.trust;
    },
    dev: false,
    actionIds: () => options.actionIds(),
  });
  server = createServer((request, response) => void edge(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  seen.length = 0;
  bodies.length = 0;
  vi.restoreAllMocks();
  options.trust = parseTrustedProxies(undefined).trust;
});

const headersOf = (request: IncomingMessage) => new Headers(request.headers as Record<string, string>);

describe("the client's address", () => {
  it("comes from the socket: a forged X-Forwarded-For, X-Real-IP or stamp changes nothing", async () => {
    await fetch(`${origin}/login`, {
      headers: { "x-forwarded-for": "203.0.113.99, 198.51.100.1", "x-real-ip": "192.0.2.1", "x-hostdeck-client-ip": "192.0.2.2", "x-forwarded-proto": "https" },
    });
    const headers = headersOf(seen[0]!);
    expect(clientIp(headers)).toBe("127.0.0.1");
    expect(clientProto(headers)).toBe("http");
    expect(headers.get("x-forwarded-for")).toBeNull();
    expect(headers.get("x-real-ip")).toBeNull();
  });

  it("comes from X-Forwarded-For only through a trusted proxy (hop count or CIDR)", async () => {
    options.trust = parseTrustedProxies("1").trust;
    await fetch(`${origin}/`, { headers: { "x-forwarded-for": "203.0.113.5, 198.51.100.7", "x-forwarded-proto": "https" } });
    expect(clientIp(headersOf(seen[0]!))).toBe("198.51.100.7");
    expect(clientProto(headersOf(seen[0]!))).toBe("https");

    options.trust = parseTrustedProxies("127.0.0.1/32, 198.51.100.0/24").trust;
    await fetch(`${origin}/`, { headers: { "x-forwarded-for": "203.0.113.5, 198.51.100.7" } });
    expect(clientIp(headersOf(seen[1]!))).toBe("203.0.113.5");
  });

  it("is unknown for a request the edge did not stamp (a header alone is never believed)", () => {
    expect(clientIp(new Headers({ "x-hostdeck-client-ip": "192.0.2.1", "x-forwarded-for": "192.0.2.1" }))).toBe("unknown");
  });

  it("refuses a trusted-proxy setting it cannot read", () => {
    expect(parseTrustedProxies("not-an-address").problem).toMatch(/HOSTDECK_TRUSTED_PROXIES/);
    expect(parseTrustedProxies("10.0.0.0/8,::1").problem).toBeUndefined();
  });
});

describe("security headers", () => {
  it("every response has a nonce CSP (no unsafe-inline script), frame-ancestors none, COOP, nosniff, referrer and permissions policies", async () => {
    const first = await fetch(`${origin}/`);
    const second = await fetch(`${origin}/_next/static/chunk.js`);
    for (const response of [first, second]) {
      const csp = response.headers.get("content-security-policy")!;
      const scripts = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
      expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scripts).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    // A fresh nonce per response, handed to the framework in the request's policy as Next.js expects it.
    expect(first.headers.get("content-security-policy")).not.toBe(second.headers.get("content-security-policy"));
    expect(seen[0]!.headers["content-security-policy"]).toBe(first.headers.get("content-security-policy"));
  });

  it("adds HSTS only when a trusted proxy says the client used https", async () => {
    const forged = await fetch(`${origin}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(forged.headers.get("strict-transport-security")).toBeNull();
    options.trust = parseTrustedProxies("loopback").trust;
    const proxied = await fetch(`${origin}/`, { headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.1" } });
    expect(proxied.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});

describe("requests refused before the framework", () => {
  const action = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${origin}/team`, {
      method: "POST",
      headers: { "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8", origin, ...headers },
      body: typeof body === "string" ? body : new Uint8Array(body),
    });

  it("a body over 1 MB answers 413, one of unknown length 411, and neither is logged", async () => {
    const logged = [vi.spyOn(console, "error"), vi.spyOn(console, "warn"), vi.spyOn(console, "log")];
    expect((await action(Buffer.alloc(1024 * 1024 + 1, 120))).status).toBe(413);
    const chunked = await fetch(`${origin}/team`, {
      method: "POST",
      body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("[]")), c.close()) }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
    expect(seen).toHaveLength(0);
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ["not JSON", "[{", {}],
    ["a reference the console never sends", '["$@1"]', {}],
    ["a FormData reference outside multipart", '["$K1"]', {}],
    ["too many arguments", "[1,2,3]", {}],
    ["not an array", '{"a":1}', {}],
    ["an unknown content type", "[]", { "content-type": "application/x-www-form-urlencoded" }],
    ["a malformed multipart body", "--x\r\nbroken", { "content-type": "multipart/form-data; boundary=x" }],
  ])("a malformed action request (%s) answers 400 and never reaches the framework", async (_name, body, headers) => {
    const response = await action(body, headers as Record<string, string>);
    expect(response.status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it("an address with a NUL or another control character, or broken percent-encoding, answers 400", async () => {
    for (const path of ["/servers/abc%00def/1", "/api/services/x%01?y=1", "/dns?zone=a%00b", "/iptv/%E0%A4%A"]) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(400);
    }
    expect((await fetch(`${origin}/dns?zone=caf%C3%A9`)).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it("an action id of the wrong shape answers 400, an unknown one 404 as Next does, another origin 403", async () => {
    expect((await action("[]", { "next-action": "x" })).status).toBe(400);
    const unknown = await action("[]", { "next-action": "ab".repeat(21) });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("x-nextjs-action-not-found")).toBe("1");
    expect((await action("[]", { origin: "https://evil.example" })).status).toBe(403);
    expect(seen).toHaveLength(0);
  });

  it("passes what the console's client sends, with the body intact", async () => {
    const plain = JSON.stringify([{ name: "Team", note: "$$literal dollar", when: "$D2026-01-01T00:00:00.000Z", gone: "$undefined" }]);
    expect((await action(plain)).status).toBe(200);
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_name", "Team");
    form.set("1_file", new Blob(["$ORIGIN example."]), "zone.txt");
    expect((await fetch(`${origin}/team`, { method: "POST", headers: { "next-action": ACTION_ID, origin }, body: form })).status).toBe(200);
    expect(bodies[0]).toBe(plain);
    expect(bodies[1]).toContain("1_name");
    expect(seen).toHaveLength(2);
  });
});
