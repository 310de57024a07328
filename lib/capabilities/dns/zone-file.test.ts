import { describe, expect, it } from "vitest";

import type { DnsRecord } from "./record-schema";
import { diffFingerprint, diffIsEmpty, diffZone } from "./zone-diff";
import { exportZoneFile, parseTtl, parseZoneFile } from "./zone-file";

const rec = (id: string, name: string, type: string, content: string, ttl = 3600, priority = 0): DnsRecord => ({ id, name, type, content, ttl, priority });

const zone = {
  name: "example.com",
  records: [
    rec("1", "@", "A", "192.0.2.1"),
    rec("2", "www", "A", "192.0.2.1", 600),
    rec("3", "@", "AAAA", "2001:db8::1"),
    rec("4", "blog", "CNAME", "www.example.com"),
    rec("5", "@", "MX", "mx1.example.com", 3600, 10),
    rec("6", "@", "TXT", 'v=spf1 include:"odd" -all'),
    rec("7", "@", "NS", "ns1.example.net", 86400),
    rec("8", "_sip._tcp", "SRV", "5 5060 sip.example.com", 3600, 10),
    rec("9", "@", "CAA", '0 issue "letsencrypt.org"'),
    rec("10", "long", "TXT", "x".repeat(600)),
  ],
};

describe("BIND export", () => {
  it("writes $ORIGIN, $TTL and one line per record with absolute targets and quoted TXT", () => {
    const text = exportZoneFile(zone);
    expect(text).toContain("$ORIGIN example.com.");
    expect(text).toContain("$TTL 3600");
    expect(text).toMatch(/^blog\s+3600\s+IN CNAME www\.example\.com\.$/m);
    expect(text).toMatch(/^@\s+3600\s+IN MX\s+10 mx1\.example\.com\.$/m);
    expect(text).toMatch(/^_sip\._tcp\s+3600\s+IN SRV\s+10 5 5060 sip\.example\.com\.$/m);
    expect(text).toContain('"v=spf1 include:\\"odd\\" -all"');
    expect(text.split("\n").filter((line) => !line.startsWith(";") && !line.startsWith("$") && line.trim())).toHaveLength(10);
  });

  it("round-trips: export then import proposes no change", () => {
    const parsed = parseZoneFile(exportZoneFile(zone), zone.name);
    expect(parsed.errors).toEqual([]);
    const diff = diffZone(zone.name, zone.records, parsed.records);
    expect(diffIsEmpty(diff)).toBe(true);
    expect(diff.unchanged).toBe(zone.records.length);
  });
});

describe("BIND import", () => {
  it("reads omitted owners, TTL units, class before TTL, relative targets, parentheses and comments", () => {
    const text = [
      "$ORIGIN example.com.",
      "$TTL 1h",
      "@ IN SOA ns1.example.net. admin.example.com. ( 2024010101 ; serial",
      "   3600 900 604800 300 )",
      "@   IN 300 A 192.0.2.1 ; the apex",
      "    AAAA 2001:db8::1",
      "mail.example.com. 1d IN MX 10 mx1",
      'txt TXT "a;b" "c"',
      "bare TXT hello",
    ].join("\n");
    const parsed = parseZoneFile(text, "example.com");
    expect(parsed.errors).toEqual([]);
    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.records.map(({ line: _line, ...record }) => record)).toEqual([
      { name: "@", type: "A", ttl: 300, priority: 0, content: "192.0.2.1" },
      { name: "@", type: "AAAA", ttl: 3600, priority: 0, content: "2001:db8::1" },
      { name: "mail", type: "MX", ttl: 86400, priority: 10, content: "mx1.example.com" },
      { name: "txt", type: "TXT", ttl: 3600, priority: 0, content: "a;bc" },
      { name: "bare", type: "TXT", ttl: 3600, priority: 0, content: "hello" },
    ]);
  });

  it("reports each bad line with its number and the editor's own message", () => {
    const text = [
      "www A 999.1.1.1",
      "v6 AAAA 192.0.2.1",
      "other.org. A 192.0.2.1",
      "x 30 A 192.0.2.1",
      "ptr PTR host.example.com.",
      "$INCLUDE other.zone",
      'q TXT "open',
    ].join("\n");
    const parsed = parseZoneFile(text, "example.com");
    expect(parsed.records).toEqual([]);
    expect(parsed.errors.map((error) => error.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(parsed.errors[1]!.message).toMatch(/IPv6/);
    expect(parsed.errors[2]!.message).toMatch(/outside the zone/);
    expect(parsed.errors[3]!.message).toMatch(/at least 60/);
    expect(parsed.errors[4]!.message).toMatch(/not supported/);
  });

  it("parses TTLs with units", () => {
    expect(parseTtl("1h30m")).toBe(5400);
    expect(parseTtl("2W")).toBe(1_209_600);
    expect(parseTtl("A")).toBeUndefined();
  });
});

describe("zone diff", () => {
  it("finds additions, changes (TTL, priority, content) and removals, and ignores unchanged records", () => {
    const incoming = [
      { name: "@", type: "A", ttl: 3600, priority: 0, content: "192.0.2.1" }, // unchanged
      { name: "www", type: "A", ttl: 300, priority: 0, content: "192.0.2.1" }, // TTL change
      { name: "blog", type: "CNAME", ttl: 3600, priority: 0, content: "web.example.com." }, // content change
      { name: "@", type: "MX", ttl: 3600, priority: 20, content: "MX1.example.com." }, // priority change
      { name: "new", type: "A", ttl: 3600, priority: 0, content: "192.0.2.50" }, // addition
    ];
    const diff = diffZone("example.com", zone.records.slice(0, 5), incoming);
    expect(diff.unchanged).toBe(1);
    expect(diff.changes.map((change) => change.before.id).sort()).toEqual(["2", "4", "5"]);
    expect(diff.changes.find((change) => change.before.id === "4")!.after.content).toBe("web.example.com");
    expect(diff.adds).toEqual([incoming[4]]);
    expect(diff.removals.map((record) => record.id)).toEqual(["3"]);
  });

  it("reports a CNAME beside other records in the imported zone", () => {
    const diff = diffZone(
      "example.com",
      [],
      [
        { name: "www", type: "CNAME", ttl: 3600, priority: 0, content: "a.example.com" },
        { name: "www", type: "A", ttl: 3600, priority: 0, content: "192.0.2.1" },
      ],
    );
    expect(diff.conflicts[0]).toMatch(/CNAME/);
  });

  it("fingerprints differ when the diff differs", () => {
    const a = diffZone("example.com", zone.records, []);
    const b = diffZone("example.com", zone.records.slice(1), []);
    expect(diffFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(diffFingerprint(a)).not.toBe(diffFingerprint(b));
    expect(diffFingerprint(a)).toBe(diffFingerprint(diffZone("example.com", zone.records, [])));
  });
});
