import type { LookupAddress } from "node:dns";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { classifyAddress } from "./address-policy";
import { isAllowListed, parseAllowList } from "./allow-list";
import { isProviderError, type ProviderError } from "./errors";
import { createTransport } from "./http";
import { sendJson, startLocalServer, type LocalServer } from "./local-test-server";
import { checkBaseUrl, type HostLookup } from "./ssrf-guard";

const noDns: HostLookup = () => Promise.reject(new Error("no DNS in this test"));
const resolvesTo =
  (...addresses: string[]): HostLookup =>
  async () =>
    addresses.map((address): LookupAddress => ({ address, family: address.includes(":") ? 6 : 4 }));

async function refusal(url: string, allowedHosts: string[] = [], lookup: HostLookup = noDns): Promise<ProviderError | undefined> {
  const result = await checkBaseUrl(url, { allowedHosts, lookup });
  return result.ok ? undefined : result.error;
}

let connectionSeq = 0;
const nextConnectionId = () => `ssrf-test-${++connectionSeq}`;

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["2606:4700::1111", "public"],
    ["127.0.0.1", "restricted"],
    ["10.1.2.3", "restricted"],
    ["172.16.0.1", "restricted"],
    ["192.168.1.1", "restricted"],
    ["100.64.0.1", "restricted"],
    ["198.18.0.1", "restricted"],
    ["240.0.0.1", "restricted"],
    ["::1", "restricted"],
    ["fc00::1", "restricted"],
    ["fd12:3456::1", "restricted"],
    ["::ffff:127.0.0.1", "restricted"],
    ["::ffff:0:7f00:1", "restricted"],
    ["::7f00:1", "restricted"],
    ["64:ff9b::7f00:1", "restricted"],
    ["64:ff9b::808:808", "public"],
    ["64:ff9b:1::1", "restricted"],
    ["2002:7f00:1::", "restricted"],
    ["2002:808:808::", "public"],
    ["2001::1", "restricted"],
    ["2001:db8::1", "restricted"],
    ["169.254.169.254", "never"],
    ["169.254.1.1", "never"],
    ["fd00:ec2::254", "never"],
    ["100.100.100.200", "never"],
    ["::ffff:169.254.169.254", "never"],
    ["64:ff9b::a9fe:a9fe", "never"],
    ["fe80::1", "never"],
    ["0.0.0.0", "never"],
    ["::", "never"],
    ["255.255.255.255", "never"],
    ["224.0.0.1", "never"],
    ["ff02::1", "never"],
  ])("%s is %s", (address, kind) => {
    expect(classifyAddress(address).kind).toBe(kind);
  });
});

describe("allow-list", () => {
  const target = (hostname: string, port: number, address: string) => ({ hostname, port, ip: classifyAddress(address).ip });

  it("matches names, ports, addresses and CIDR ranges", () => {
    const list = parseAllowList(["panel.lan", "db.lan:8443", "10.0.0.5", "192.168.1.9:8080", "[fd00::5]:443", "172.16.0.0/12"]);
    expect(list.invalid).toEqual([]);
    expect(isAllowListed(list, target("PANEL.lan.", 80, "10.9.9.9"))).toBe(true);
    expect(isAllowListed(list, target("db.lan", 8443, "10.9.9.9"))).toBe(true);
    expect(isAllowListed(list, target("db.lan", 443, "10.9.9.9"))).toBe(false);
    expect(isAllowListed(list, target("x", 1, "10.0.0.5"))).toBe(true);
    expect(isAllowListed(list, target("x", 1, "::ffff:10.0.0.5"))).toBe(true);
    expect(isAllowListed(list, target("x", 8080, "192.168.1.9"))).toBe(true);
    expect(isAllowListed(list, target("x", 8081, "192.168.1.9"))).toBe(false);
    expect(isAllowListed(list, target("x", 443, "fd00::5"))).toBe(true);
    expect(isAllowListed(list, target("x", 1, "172.31.255.1"))).toBe(true);
    expect(isAllowListed(list, target("x", 1, "172.32.0.1"))).toBe(false);
  });

  it("reports entries it cannot read instead of guessing", () => {
    expect(parseAllowList(["010.0.0.0/8", "host:99999", "[nope]:80", "bad host", " "]).invalid).toEqual(["010.0.0.0/8", "host:99999", "[nope]:80", "bad host"]);
  });

  it("reads the list from HOSTDECK_ALLOWED_HOSTS when none is given", async () => {
    vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "10.0.0.0/8, 127.0.0.1:4101");
    try {
      expect((await checkBaseUrl("http://10.2.3.4/", { lookup: noDns })).ok).toBe(true);
      expect((await checkBaseUrl("http://127.0.0.1:4101/api", { lookup: noDns })).ok).toBe(true);
      expect((await checkBaseUrl("http://127.0.0.1:4102/api", { lookup: noDns })).ok).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("checkBaseUrl", () => {
  it.each([
    "http://127.0.0.1/",
    "http://0177.0.0.1/",
    "http://0x7f000001/",
    "http://2130706433/",
    "http://127.1/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::1]:8080/",
    "http://[::]/",
    "http://0.0.0.0/",
    "http://10.0.0.1/",
    "http://172.20.1.1/",
    "http://192.168.0.10/",
    "http://100.64.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::]/",
  ])("refuses %s", async (url) => {
    const error = await refusal(url);
    expect(error?.kind).toBe("blocked-address");
    expect(error?.field).toBe("baseUrl");
  });

  it("checks what a name resolves to, not the name", async () => {
    expect(await refusal("https://panel.example.com/api", [], resolvesTo("93.184.215.14"))).toBeUndefined();
    const error = await refusal("https://panel.example.com/api", [], resolvesTo("127.0.0.1"));
    expect(error?.kind).toBe("blocked-address");
    expect(error?.providerMessage).toBe("panel.example.com resolves to a private or reserved address (not in HOSTDECK_ALLOWED_HOSTS)");
    // One bad address among good ones is enough to refuse.
    expect((await refusal("https://panel.example.com/", [], resolvesTo("93.184.215.14", "10.0.0.1")))?.kind).toBe("blocked-address");
  });

  it("lets allow-listed private addresses through, but never metadata or link-local ones", async () => {
    expect(await refusal("http://10.0.0.1/", ["10.0.0.0/8"])).toBeUndefined();
    expect(await refusal("http://127.0.0.1:4101/", ["127.0.0.1:4101"])).toBeUndefined();
    expect(await refusal("http://[::1]/", ["localhost"])).toBeUndefined();
    expect(await refusal("http://panel.lan/", ["panel.lan"], resolvesTo("192.168.1.20"))).toBeUndefined();
    const everything = ["169.254.169.254", "169.254.0.0/16", "fd00::/8", "0.0.0.0/0", "::/0", "metadata.google.internal"];
    expect((await refusal("http://169.254.169.254/", everything))?.kind).toBe("blocked-address");
    expect((await refusal("http://[::ffff:169.254.169.254]/", everything))?.kind).toBe("blocked-address");
    expect((await refusal("http://[fd00:ec2::254]/", everything))?.kind).toBe("blocked-address");
    expect((await refusal("http://metadata.google.internal/", everything, resolvesTo("169.254.169.254")))?.kind).toBe("blocked-address");
  });

  it("refuses other schemes, credentials in the URL and unreadable input", async () => {
    expect((await refusal("ftp://93.184.215.14/"))?.kind).toBe("invalid-input");
    expect((await refusal("file:///etc/passwd"))?.kind).toBe("invalid-input");
    expect((await refusal("https://admin:secret@93.184.215.14/"))?.kind).toBe("invalid-input");
    expect((await refusal("not a url"))?.kind).toBe("invalid-input");
    expect((await refusal("https://nowhere.invalid/", [], () => Promise.reject(new Error("ENOTFOUND"))))?.kind).toBe("upstream-down");
  });
});

describe("guarded transport", () => {
  let server: LocalServer;

  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      if (request.url?.startsWith("/redirect-to/")) {
        response.writeHead(302, { location: decodeURIComponent(request.url.slice("/redirect-to/".length)) });
        return void response.end();
      }
      if (request.url === "/close") {
        response.setHeader("connection", "close");
      }
      sendJson(response, 200, { ok: true, path: request.url });
    });
  });
  afterAll(() => server.close());

  it("refuses 127.0.0.1 without an allow-list entry, before any byte is sent", async () => {
    const transport = createTransport({ connectionId: nextConnectionId(), baseUrl: server.url, allowedHosts: [] });
    const before = server.requests.length;
    const error: unknown = await transport.request({ method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.kind).toBe("blocked-address");
    expect(server.requests.length).toBe(before);
  });

  it("reaches 127.0.0.1 once it is allow-listed", async () => {
    const transport = createTransport({ connectionId: nextConnectionId(), baseUrl: server.url, allowedHosts: ["127.0.0.1"] });
    const response = await transport.request({ method: "GET", path: "/hello" });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ ok: true, path: "/hello" });
  });

  it("connects to the address it checked: a name that rebinds to loopback never reaches it", async () => {
    const before = server.requests.length;
    let calls = 0;
    const lookup: HostLookup = async () => {
      calls++;
      // Public when checked, loopback for anyone who asks again (the classic rebinding trick).
      return [{ address: calls === 1 ? "8.8.4.4" : "127.0.0.1", family: 4 }];
    };
    const transport = createTransport({
      connectionId: nextConnectionId(),
      baseUrl: `http://rebind.test:${server.port}`,
      allowedHosts: [],
      lookup,
      timeoutMs: 300,
      retry: { maxRetries: 0 },
    });
    const error: unknown = await transport.request({ method: "GET", path: "/" }).catch((e: unknown) => e);
    expect(isProviderError(error) && ["timeout", "upstream-down"].includes(error.kind)).toBe(true);
    expect(calls).toBe(1);
    expect(server.requests.length).toBe(before);
  });

  it("checks every new connection again", async () => {
    let calls = 0;
    const lookup: HostLookup = async () => [{ address: ++calls === 1 ? "127.0.0.1" : "127.0.0.2", family: 4 }];
    const transport = createTransport({
      connectionId: nextConnectionId(),
      baseUrl: `http://rebind.test:${server.port}`,
      allowedHosts: ["127.0.0.1"],
      lookup,
      retry: { maxRetries: 0 },
    });
    // The server closes the connection, so the second request needs a new one and a new lookup.
    expect((await transport.request({ method: "GET", path: "/close" })).status).toBe(200);
    const error: unknown = await transport.request({ method: "GET", path: "/close" }).catch((e: unknown) => e);
    expect(isProviderError(error) && error.kind).toBe("blocked-address");
    expect(calls).toBe(2);
  });

  it("re-checks redirect targets and refuses metadata ones", async () => {
    const transport = createTransport({ connectionId: nextConnectionId(), baseUrl: server.url, allowedHosts: ["127.0.0.1"] });
    const ok = await transport.request({ method: "GET", path: `/redirect-to/${encodeURIComponent("/landed")}` });
    expect(JSON.parse(ok.text)).toEqual({ ok: true, path: "/landed" });
    for (const target of ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "file:///etc/passwd"]) {
      const error: unknown = await transport
        .request({ method: "GET", path: `/redirect-to/${encodeURIComponent(target)}`, timeoutMs: 2_000 })
        .catch((e: unknown) => e);
      expect(isProviderError(error) && error.kind).toBe("blocked-address");
    }
  });
});
