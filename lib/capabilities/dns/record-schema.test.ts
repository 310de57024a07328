import { describe, expect, it } from "vitest";

import { hostnameSchema, isHostname } from "./hostname";
import { checkInZone, cnameConflict, firstIssues, recordSchema, relativeName, type DnsRecord } from "./record-schema";
import { formatTxt, parseTxt } from "./txt";

const parse = (input: Record<string, unknown>) => recordSchema.safeParse({ name: "www", ttl: "3600", ...input });
const errorsOf = (input: Record<string, unknown>) => {
  const result = parse(input);
  return result.success ? {} : firstIssues(result.error);
};

describe("record validators, one per type", () => {
  it("A: an IPv4 address only", () => {
    expect(parse({ type: "A", content: "192.0.2.10" }).success).toBe(true);
    expect(errorsOf({ type: "A", content: "192.0.2.300" }).content).toMatch(/IPv4/);
    expect(errorsOf({ type: "A", content: "2001:db8::1" }).content).toMatch(/IPv4/);
    expect(errorsOf({ type: "A", content: "www.example.com" }).content).toMatch(/IPv4/);
  });

  it("AAAA: an IPv6 address only, stored in its short form", () => {
    const result = parse({ type: "AAAA", content: "2001:0db8:0000:0000:0000:0000:0000:0001" });
    expect(result.success && result.data.content).toBe("2001:db8::1");
    expect(errorsOf({ type: "AAAA", content: "192.0.2.1" }).content).toMatch(/IPv6/);
    expect(errorsOf({ type: "AAAA", content: "2001:db8::zz" }).content).toMatch(/IPv6/);
  });

  it("CNAME and NS: a host name target, not an address, final dot dropped", () => {
    const result = parse({ type: "CNAME", content: "Target.Example.com." });
    expect(result.success && result.data.content).toBe("target.example.com");
    expect(errorsOf({ type: "CNAME", content: "192.0.2.1" }).content).toMatch(/not an address/);
    expect(errorsOf({ type: "NS", content: "ns1" }).content).toMatch(/fully qualified/);
    expect(errorsOf({ type: "NS", content: "ns_1.example.com" }).content).toMatch(/fully qualified/);
    expect(parse({ name: "@", type: "NS", content: "ns1.example.net" }).success).toBe(true);
  });

  it("MX: needs a priority and a host name", () => {
    const ok = parse({ type: "MX", priority: "10", content: "mx1.example.com" });
    expect(ok.success && ok.data.priority).toBe(10);
    expect(errorsOf({ type: "MX", priority: "", content: "mx1.example.com" }).priority).toMatch(/priority/);
    expect(errorsOf({ type: "MX", priority: "70000", content: "mx1.example.com" }).priority).toMatch(/0–65535/);
    expect(errorsOf({ type: "MX", priority: "10", content: "192.0.2.5" }).content).toMatch(/not an address/);
  });

  it("SRV: priority and 'weight port target'", () => {
    expect(parse({ name: "_sip._tcp", type: "SRV", priority: "10", content: "5 5060 sip.example.com" }).success).toBe(true);
    expect(errorsOf({ name: "_sip._tcp", type: "SRV", content: "5 5060 sip.example.com" }).priority).toMatch(/priority/);
    expect(errorsOf({ name: "_sip._tcp", type: "SRV", priority: "1", content: "5 99999 sip.example.com" }).content).toMatch(/weight port target/);
    expect(errorsOf({ name: "_sip._tcp", type: "SRV", priority: "1", content: "sip.example.com" }).content).toMatch(/weight port target/);
  });

  it("TXT: quoting is checked, and quoted parts are joined", () => {
    const quoted = parse({ type: "TXT", content: '"v=spf1 " "-all"' });
    expect(quoted.success && quoted.data.content).toBe("v=spf1 -all");
    expect(parse({ type: "TXT", content: "v=spf1 -all" }).success).toBe(true);
    expect(errorsOf({ type: "TXT", content: '"unclosed' }).content).toMatch(/unclosed/);
    expect(errorsOf({ type: "TXT", content: 'say "hi"' }).content).toMatch(/contains a quote/);
    expect(errorsOf({ type: "TXT", content: '"a" junk' }).content).toMatch(/outside the quotes/);
    expect(errorsOf({ type: "TXT", content: `"${"x".repeat(256)}"` }).content).toMatch(/255/);
  });

  it('CAA: flags tag "value"', () => {
    expect(parse({ name: "@", type: "CAA", content: '0 issue "letsencrypt.org"' }).success).toBe(true);
    expect(errorsOf({ name: "@", type: "CAA", content: "0 issue letsencrypt.org" }).content).toMatch(/CAA/);
  });

  it("TTL bounds: 60 to 604800, whole seconds, 3600 when empty", () => {
    expect(errorsOf({ type: "A", content: "192.0.2.1", ttl: "59" }).ttl).toMatch(/at least 60/);
    expect(errorsOf({ type: "A", content: "192.0.2.1", ttl: "604801" }).ttl).toMatch(/at most 604800/);
    expect(errorsOf({ type: "A", content: "192.0.2.1", ttl: "1.5" }).ttl).toMatch(/whole/);
    expect(errorsOf({ type: "A", content: "192.0.2.1", ttl: "soon" }).ttl).toMatch(/number/);
    const empty = parse({ type: "A", content: "192.0.2.1", ttl: "" });
    expect(empty.success && empty.data.ttl).toBe(3600);
    expect(parse({ type: "A", content: "192.0.2.1", ttl: 604800 }).success).toBe(true);
  });

  it("names: @, labels, underscores, wildcards; no spaces", () => {
    expect(parse({ name: "*.dev", type: "A", content: "192.0.2.1" }).success).toBe(true);
    expect(errorsOf({ name: "bad name", type: "A", content: "192.0.2.1" }).name).toBeDefined();
    expect(errorsOf({ name: "", type: "A", content: "192.0.2.1" }).name).toBeDefined();
    expect(errorsOf({ type: "PTR", content: "x.example.com" }).type).toMatch(/record type/);
  });

  it("priority is dropped for types that do not use it", () => {
    const result = parse({ type: "A", content: "192.0.2.1", priority: "5" });
    expect(result.success && result.data.priority).toBe(0);
  });
});

describe("zone rules", () => {
  const records: DnsRecord[] = [
    { id: "1", name: "@", type: "A", ttl: 3600, priority: 0, content: "192.0.2.1" },
    { id: "2", name: "www", type: "A", ttl: 3600, priority: 0, content: "192.0.2.1" },
    { id: "3", name: "blog", type: "CNAME", ttl: 3600, priority: 0, content: "www.example.com" },
  ];
  const zone = { name: "example.com", records };

  it("a CNAME beside any other record of the same name is refused, both ways, and never at the apex", () => {
    expect(cnameConflict(records, { name: "www", type: "CNAME" })).toMatch(/beside other records/);
    expect(cnameConflict(records, { name: "blog", type: "TXT" })).toMatch(/already has a CNAME/);
    expect(cnameConflict(records, { name: "@", type: "CNAME" })).toMatch(/apex/);
    expect(cnameConflict(records, { name: "blog", type: "CNAME" }, "3")).toBeUndefined();
    expect(cnameConflict(records, { name: "new", type: "CNAME" })).toBeUndefined();
  });

  it("names are made relative; names outside the zone and duplicates are refused", () => {
    expect(relativeName("www.example.com.", "example.com")).toBe("www");
    expect(relativeName("example.com", "example.com")).toBe("@");
    expect(relativeName("www.other.org.", "example.com")).toBeUndefined();
    const outside = checkInZone({ name: "www.other.org.", type: "A", ttl: 3600, priority: 0, content: "192.0.2.9" }, zone);
    expect(outside).toMatchObject({ ok: false, field: "name" });
    const duplicate = checkInZone({ name: "www", type: "A", ttl: 300, priority: 0, content: "192.0.2.1" }, zone);
    expect(duplicate).toMatchObject({ ok: false, field: "content" });
    const edited = checkInZone({ name: "www", type: "A", ttl: 300, priority: 0, content: "192.0.2.1" }, zone, "2");
    expect(edited).toMatchObject({ ok: true, record: { name: "www" } });
  });
});

describe("host names (DNS targets and PTR values)", () => {
  it("accepts fully qualified names and normalizes them", () => {
    expect(hostnameSchema.parse("Mail.Example.COM.")).toBe("mail.example.com");
    expect(isHostname("a-b.example.co.uk")).toBe(true);
  });
  it("refuses single labels, addresses, bad hyphens and over-long labels", () => {
    for (const bad of ["localhost", "192.0.2.1", "-a.example.com", "a-.example.com", `${"a".repeat(64)}.example.com`, "a..example.com", "a.123"]) {
      expect(isHostname(bad), bad).toBe(false);
    }
  });
});

describe("TXT text", () => {
  it("formats long values into 255-character quoted strings and reads them back", () => {
    const value = `${"k".repeat(300)} "quoted" back\\slash`;
    const text = formatTxt(value);
    expect(text.split('" "').length).toBe(2);
    expect(parseTxt(text)).toEqual({ value });
  });
});
