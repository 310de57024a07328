import { describe, expect, it } from "vitest";

import { withTime4vpsSandbox } from "../../providers/hostbill/time4vps-test-kit";
import { AppError } from "@/lib/errors/app-error";
import { applyImport, previewImport, type ImportChangeResult } from "./apply-import";
import { addRecord } from "./change-record";
import { readZone } from "./get-zone";
import { readZones } from "./list-zones";
import { diffFingerprint, diffIsEmpty } from "./zone-diff";
import { exportZoneFile } from "./zone-file";

const { client } = withTime4vpsSandbox();

describe("zone files against the Time4VPS sandbox", () => {
  it("every seeded zone round-trips: export → import proposes no change", async () => {
    const api = client();
    const { zones } = await readZones(api);
    expect(zones.length).toBeGreaterThanOrEqual(3);
    for (const zone of zones) {
      const detail = await readZone(api, zone.serviceId, zone.id);
      const { diff } = await previewImport(api, { serviceId: zone.serviceId, zoneId: zone.id }, exportZoneFile(detail));
      expect(diffIsEmpty(diff), zone.name).toBe(true);
      expect(diff.unchanged).toBe(detail.records.length);
    }
  });

  it("applies an import one call per change, with a result per record, and the zone then matches the file", async () => {
    const api = client();
    const target = { serviceId: "1301", zoneId: "62" };
    const before = await readZone(api, target.serviceId, target.zoneId);
    const text = exportZoneFile(before)
      .replace(/^api\s+600\s+IN AAAA.*$/m, "") // removal
      .replace(/^api\s+600\s+IN A\s+185\.123\.100\.12$/m, "api 600 IN A 185.123.100.99") // change
      .concat('@ 300 IN TXT "hello world"\n', "bad 300 IN CNAME www.web1-apps.eu.\n"); // two additions
    const { diff } = await previewImport(api, target, text);
    expect([diff.adds.length, diff.changes.length, diff.removals.length]).toEqual([2, 1, 1]);

    const seen: ImportChangeResult[] = [];
    const { results } = await applyImport(api, target, text, diffFingerprint(diff), async (result) => {
      seen.push(result);
    });
    expect(results).toEqual(seen);
    expect(results.map((result) => [result.kind, result.ok])).toEqual([
      ["remove", true],
      ["change", true],
      ["add", true],
      ["add", true],
    ]);
    const after = await readZone(api, target.serviceId, target.zoneId);
    const again = await previewImport(api, target, text);
    expect(diffIsEmpty(again.diff)).toBe(true);
    expect(after.records.find((record) => record.name === "api")?.content).toBe("185.123.100.99");
  });

  it("refuses to apply when the zone changed since the preview", async () => {
    const api = client();
    const target = { serviceId: "1301", zoneId: "62" };
    const text = exportZoneFile(await readZone(api, target.serviceId, target.zoneId)).concat("new 300 IN A 192.0.2.7\n");
    const { diff } = await previewImport(api, target, text);
    await addRecord(api, target, { name: "other", type: "A", ttl: 300, priority: 0, content: "192.0.2.8" });
    const error = await applyImport(api, target, text, diffFingerprint(diff), async () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
  });

  it("refuses a CNAME beside another record before any upstream change", async () => {
    const api = client();
    const target = { serviceId: "1308", zoneId: "60" };
    const error = await addRecord(api, target, { name: "www", type: "CNAME", ttl: 300, priority: 0, content: "web1.demo-hostdeck.eu" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.name?.[0]).toMatch(/CNAME/);
  });
});
