import "server-only";

import { withConnection } from "../core/connections";
import type { Time4vpsClient } from "../../providers/hostbill/time4vps-client";
import type { DnsRecord } from "./record-schema";
import { time4vpsOf } from "./time4vps";
import type { ZoneDetail } from "./types";

export interface ZoneRef {
  connectionId: string;
  serviceId: string;
  zoneId: string;
}

const typeOrder = ["NS", "A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA"];

/** A zone's records, sorted as people read zone files: apex first, then by name, type and priority. */
export async function readZone(client: Time4vpsClient, serviceId: string, zoneId: string): Promise<{ name: string; records: DnsRecord[] }> {
  const zone = await client.getDnsZone({ service_id: serviceId, zone_id: zoneId });
  const records = zone.records.map((record) => ({
    id: record.id,
    name: record.name || "@",
    type: record.type.toUpperCase(),
    ttl: record.ttl,
    priority: record.priority ?? 0,
    content: record.content,
  }));
  records.sort(
    (a, b) =>
      Number(b.name === "@") - Number(a.name === "@") ||
      a.name.localeCompare(b.name) ||
      typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
      a.priority - b.priority ||
      a.content.localeCompare(b.content),
  );
  return { name: zone.name, records };
}

export function getZone(teamId: string, ref: ZoneRef): Promise<ZoneDetail> {
  return withConnection(teamId, ref.connectionId, async (opened) => ({
    connection: { id: opened.connection.id, label: opened.connection.label },
    serviceId: ref.serviceId,
    zoneId: ref.zoneId,
    ...(await readZone(time4vpsOf(opened), ref.serviceId, ref.zoneId)),
  }));
}
