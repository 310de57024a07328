import "server-only";

import { fieldError } from "@/lib/errors/app-error";

import type { DnsAdapter } from "./adapter";
import { readZone } from "./read-dns";
import { checkInZone, type RecordValues } from "./record-schema";
import type { ZoneTarget } from "./types";

/** The zone checks (name inside the zone, CNAME rules, duplicates) before any change is sent. */
async function placed(dns: DnsAdapter, target: ZoneTarget, record: RecordValues, selfId?: string) {
  const zone = await readZone(dns, target);
  if (selfId !== undefined && !zone.records.some((item) => item.id === selfId))
    throw fieldError("name", "This record is no longer in the zone; reload the page");
  const checked = checkInZone(record, zone, selfId);
  if (!checked.ok) throw fieldError(checked.field, checked.message);
  return { zone, record: checked.record };
}

export async function addRecord(dns: DnsAdapter, target: ZoneTarget, input: RecordValues): Promise<{ zoneName: string; record: RecordValues }> {
  const { zone, record } = await placed(dns, target, input);
  await dns.addRecord(target, record);
  return { zoneName: zone.name, record };
}

export async function editRecord(
  dns: DnsAdapter,
  target: ZoneTarget,
  recordId: string,
  input: RecordValues,
): Promise<{ zoneName: string; record: RecordValues }> {
  const { zone, record } = await placed(dns, target, input, recordId);
  await dns.editRecord(target, recordId, record);
  return { zoneName: zone.name, record };
}

/** Deletes one record; answers how the audit names it (the record as it was, when still in the zone). */
export async function deleteRecord(dns: DnsAdapter, target: ZoneTarget, recordId: string): Promise<{ zoneName: string; description: string | null }> {
  const zone = await readZone(dns, target);
  const record = zone.records.find((item) => item.id === recordId);
  await dns.deleteRecord(target, recordId);
  return { zoneName: zone.name, description: record ? describeRecord(record) : null };
}

/** Deletes a zone and every record in it; answers the zone's name. */
export async function deleteZone(dns: DnsAdapter, target: ZoneTarget): Promise<{ name: string }> {
  const { name } = await dns.getZone(target);
  await dns.deleteZone(target);
  return { name };
}

/** "www A 192.0.2.1 (TTL 3600)": how a record is named in audit rows and results. */
export function describeRecord(record: RecordValues): string {
  const priority = record.type === "MX" || record.type === "SRV" ? `${record.priority} ` : "";
  const content = record.content.length > 80 ? `${record.content.slice(0, 77)}…` : record.content;
  return `${record.name} ${record.type} ${priority}${content} (TTL ${record.ttl})`;
}
