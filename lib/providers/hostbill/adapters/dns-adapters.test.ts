import { describe, expect, it } from "vitest";

import { applyImport, previewImport, type ImportChangeResult } from "@/lib/capabilities/dns/apply-import";
import { addRecord, deleteRecord, deleteZone, editRecord } from "@/lib/capabilities/dns/change-dns";
import { readZone, readZones } from "@/lib/capabilities/dns/read-dns";
import { diffFingerprint, diffIsEmpty } from "@/lib/capabilities/dns/zone-diff";
import { exportZoneFile } from "@/lib/capabilities/dns/zone-file";
import { AppError } from "@/lib/errors/app-error";
import { withReadCache } from "@/lib/providers/core/read-cache/cached-client";
import { ReadCache } from "@/lib/providers/core/read-cache/read-cache";

import { time4vpsReadPolicy } from "../time4vps-read-policy";
import { withTime4vpsSandbox } from "../time4vps-test-kit";
import { time4vpsDnsAdapter } from "./time4vps-dns";

const { client } = withTime4vpsSandbox();
const adapter = () => time4vpsDnsAdapter(client());
let scopes = 0;
/** The adapter as the console builds it: over a client whose reads go through a read cache of its own. */
const cachedAdapter = () => {
  const raw = client();
  return { raw, dns: time4vpsDnsAdapter(withReadCache(raw, time4vpsReadPolicy, { connectionId: `dns-cache-${++scopes}`, version: "1" }, new ReadCache())) };
};

describe("Time4VPS zones and records", () => {
  it("lists the DNS services with their plan and domain, and the zones by name", async () => {
    const { services, zones } = await readZones(adapter());
    expect(services.find((service) => service.id === "1301")?.label).toBe("#1301 Linux 4 · web1.demo-hostdeck.eu");
    expect(zones.map((zone) => zone.name)).toEqual([...zones.map((zone) => zone.name)].sort((a, b) => a.localeCompare(b)));
    expect(zones).toContainEqual({ id: "62", name: "web1-apps.eu", serviceId: "1301" });
  });

  it("reads a zone in the console's form: apex as @, upper-case types, apex records first", async () => {
    const zone = await readZone(adapter(), { serviceId: "1301", zoneId: "62" });
    expect(zone.name).toBe("web1-apps.eu");
    expect(zone.records[0]!.name).toBe("@");
    expect(zone.records.every((record) => record.type === record.type.toUpperCase() && Number.isInteger(record.priority))).toBe(true);
  });

  it("adds, edits and deletes a record, each checked against the zone first", async () => {
    const dns = adapter();
    const target = { serviceId: "1301", zoneId: "62" };
    const added = await addRecord(dns, target, { name: "e2e.web1-apps.eu.", type: "A", ttl: 300, priority: 0, content: "192.0.2.40" });
    expect(added).toEqual({ zoneName: "web1-apps.eu", record: { name: "e2e", type: "A", ttl: 300, priority: 0, content: "192.0.2.40" } });
    const id = (await readZone(dns, target)).records.find((record) => record.name === "e2e")!.id;
    await editRecord(dns, target, id, { name: "e2e", type: "A", ttl: 600, priority: 0, content: "192.0.2.41" });
    expect((await readZone(dns, target)).records.find((record) => record.id === id)).toMatchObject({ ttl: 600, content: "192.0.2.41" });
    expect(await deleteRecord(dns, target, id)).toEqual({ zoneName: "web1-apps.eu", description: "e2e A 192.0.2.41 (TTL 600)" });
    expect((await readZone(dns, target)).records.some((record) => record.name === "e2e")).toBe(false);
  });

  it("refuses a CNAME beside another record before any upstream change", async () => {
    const dns = adapter();
    const target = { serviceId: "1308", zoneId: "60" };
    const before = await readZone(dns, target);
    const error = await addRecord(dns, target, { name: "www", type: "CNAME", ttl: 300, priority: 0, content: "web1.demo-hostdeck.eu" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.name?.[0]).toMatch(/CNAME/);
    expect(await readZone(dns, target)).toEqual(before);
  });

  it("adds a zone to a DNS service and deletes it, answering its name", async () => {
    const dns = adapter();
    await dns.addZone("1301", "adapter-test.example");
    const added = (await readZones(dns)).zones.find((zone) => zone.name === "adapter-test.example")!;
    expect(added.serviceId).toBe("1301");
    expect(await deleteZone(dns, { serviceId: "1301", zoneId: added.id })).toEqual({ name: "adapter-test.example" });
    expect((await readZones(dns)).zones.some((zone) => zone.name === "adapter-test.example")).toBe(false);
  });

  it("a record change through the console makes the cached zone and zone list stale", async () => {
    const { dns } = cachedAdapter();
    const target = { serviceId: "1301", zoneId: "62" };
    await readZone(dns, target);
    await addRecord(dns, target, { name: "cached", type: "A", ttl: 300, priority: 0, content: "192.0.2.50" });
    expect((await readZone(dns, target)).records.some((record) => record.name === "cached")).toBe(true);
    await dns.addZone("1301", "cache-test.example");
    expect((await readZones(dns)).zones.some((zone) => zone.name === "cache-test.example")).toBe(true);
  });
});

describe("zone files against the Time4VPS sandbox", () => {
  it("every seeded zone round-trips: export → import proposes no change", async () => {
    const dns = adapter();
    const { zones } = await readZones(dns);
    expect(zones.length).toBeGreaterThanOrEqual(3);
    for (const zone of zones) {
      const target = { serviceId: zone.serviceId, zoneId: zone.id };
      const detail = await readZone(dns, target);
      const { diff } = await previewImport(dns, target, exportZoneFile(detail));
      expect(diffIsEmpty(diff), zone.name).toBe(true);
      expect(diff.unchanged).toBe(detail.records.length);
    }
  });

  it("applies an import one call per change, with a result per record, and the zone then matches the file", async () => {
    const dns = adapter();
    const target = { serviceId: "1301", zoneId: "62" };
    const before = await readZone(dns, target);
    const text = exportZoneFile(before)
      .replace(/^api\s+600\s+IN AAAA.*$/m, "") // removal
      .replace(/^api\s+600\s+IN A\s+185\.123\.100\.12$/m, "api 600 IN A 185.123.100.99") // change
      .concat('@ 300 IN TXT "hello world"\n', "bad 300 IN CNAME www.web1-apps.eu.\n"); // two additions
    const { diff } = await previewImport(dns, target, text);
    expect([diff.adds.length, diff.changes.length, diff.removals.length]).toEqual([2, 1, 1]);

    const seen: ImportChangeResult[] = [];
    const { results } = await applyImport(dns, target, text, diffFingerprint(diff), async (result) => {
      seen.push(result);
    });
    expect(results).toEqual(seen);
    expect(results.map((result) => [result.kind, result.ok])).toEqual([
      ["remove", true],
      ["change", true],
      ["add", true],
      ["add", true],
    ]);
    const after = await readZone(dns, target);
    const again = await previewImport(dns, target, text);
    expect(diffIsEmpty(again.diff)).toBe(true);
    expect(after.records.find((record) => record.name === "api")?.content).toBe("185.123.100.99");
  });

  it("refuses to apply when the zone changed since the preview", async () => {
    const dns = adapter();
    const target = { serviceId: "1301", zoneId: "62" };
    const text = exportZoneFile(await readZone(dns, target)).concat("new 300 IN A 192.0.2.7\n");
    const { diff } = await previewImport(dns, target, text);
    await addRecord(dns, target, { name: "other", type: "A", ttl: 300, priority: 0, content: "192.0.2.8" });
    const error = await applyImport(dns, target, text, diffFingerprint(diff), async () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
  });

  it("compares with the zone as the provider holds it now, even while the read cache holds an older copy", async () => {
    const { raw, dns } = cachedAdapter();
    const target = { serviceId: "1301", zoneId: "62" };
    const text = exportZoneFile(await readZone(dns, target)).concat("new 300 IN A 192.0.2.7\n");
    const { diff } = await previewImport(dns, target, text);
    // Changed behind the console's back: the cached zone still looks like the preview.
    await raw.addDnsRecord({ service_id: "1301", zone_id: "62", name: "outside", type: "A", ttl: 300, content: "192.0.2.9" });
    expect((await readZone(dns, target)).records.some((record) => record.name === "outside")).toBe(false);
    const error = await applyImport(dns, target, text, diffFingerprint(diff), async () => {}).catch((caught: unknown) => caught);
    expect((error as AppError).code).toBe("conflict");
    expect((await readZone(time4vpsDnsAdapter(raw), target)).records.some((record) => record.name === "new")).toBe(false);
  });
});
