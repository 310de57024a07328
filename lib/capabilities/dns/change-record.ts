import "server-only";

import { fieldError } from "@/lib/errors/app-error";
import type { Time4vpsClient } from "../../providers/hostbill/time4vps-client";
import { readZone } from "./get-zone";
import { checkInZone, type RecordType, type RecordValues } from "./record-schema";

export interface RecordTarget {
  serviceId: string;
  zoneId: string;
}

/** The zone checks (name inside the zone, CNAME rules, duplicates) before any change is sent. */
async function placed(client: Time4vpsClient, target: RecordTarget, record: RecordValues, selfId?: string) {
  const zone = await readZone(client, target.serviceId, target.zoneId);
  if (selfId !== undefined && !zone.records.some((item) => item.id === selfId)) throw fieldError("name", "This record is no longer in the zone; reload the page");
  const checked = checkInZone(record, zone, selfId);
  if (!checked.ok) throw fieldError(checked.field, checked.message);
  return { zone, record: checked.record };
}

const upstream = (record: RecordValues) => ({ name: record.name, type: record.type as RecordType, ttl: record.ttl, priority: record.priority, content: record.content });

export async function addRecord(client: Time4vpsClient, target: RecordTarget, input: RecordValues): Promise<{ zoneName: string; record: RecordValues }> {
  const { zone, record } = await placed(client, target, input);
  await client.addDnsRecord({ service_id: target.serviceId, zone_id: target.zoneId, ...upstream(record) });
  return { zoneName: zone.name, record };
}

export async function editRecord(client: Time4vpsClient, target: RecordTarget, recordId: string, input: RecordValues): Promise<{ zoneName: string; record: RecordValues }> {
  const { zone, record } = await placed(client, target, input, recordId);
  await client.editDnsRecord({ service_id: target.serviceId, zone_id: target.zoneId, record_id: recordId, ...upstream(record) });
  return { zoneName: zone.name, record };
}

export async function deleteRecord(client: Time4vpsClient, target: RecordTarget, recordId: string): Promise<void> {
  await client.deleteDnsRecord({ service_id: target.serviceId, zone_id: target.zoneId, record_id: recordId });
}

/** "www A 192.0.2.1 (TTL 3600)": how a record is named in audit rows and results. */
export function describeRecord(record: RecordValues): string {
  const priority = record.type === "MX" || record.type === "SRV" ? `${record.priority} ` : "";
  const content = record.content.length > 80 ? `${record.content.slice(0, 77)}…` : record.content;
  return `${record.name} ${record.type} ${priority}${content} (TTL ${record.ttl})`;
}
