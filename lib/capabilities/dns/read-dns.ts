import "server-only";

import { readAcross, withAdapter, type StartedRead } from "../core/connections";
import type { DnsAdapter, ZoneContent } from "./adapter";
import type { DnsRecord } from "./record-schema";
import type { ConnectionZones, ZoneDetail, ZoneRef, ZoneTarget } from "./types";

const typeOrder = ["NS", "A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA"];

/** Records as people read zone files: apex first, then by name, type and priority. */
export function sortRecords(records: readonly DnsRecord[]): DnsRecord[] {
  return [...records].sort(
    (a, b) =>
      Number(b.name === "@") - Number(a.name === "@") ||
      a.name.localeCompare(b.name) ||
      typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
      a.priority - b.priority ||
      a.content.localeCompare(b.content),
  );
}

/** One zone with its records sorted. */
export async function readZone(dns: DnsAdapter, zone: ZoneTarget, options?: { fresh?: boolean }): Promise<ZoneContent> {
  const content = await dns.getZone(zone, options);
  return { name: content.name, records: sortRecords(content.records) };
}

/** One connection's DNS services and zones, zones by name. */
export async function readZones(dns: DnsAdapter): Promise<ConnectionZones> {
  const { services, zones } = await dns.listZones();
  return { services, zones: [...zones].sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Every DNS connection's zones, started at once; the page streams each as it settles. */
export function startZoneLists(teamId: string): Promise<StartedRead<ConnectionZones>[]> {
  return readAcross(teamId, "dns", (dns) => readZones(dns));
}

/** One connection's zones (the list's refresh). */
export function listConnectionZones(teamId: string, connectionId: string): Promise<ConnectionZones> {
  return withAdapter(teamId, connectionId, "dns", (dns) => readZones(dns));
}

/** One zone of one of the team's connections, with its records. */
export function getZone(teamId: string, ref: ZoneRef): Promise<ZoneDetail> {
  return withAdapter(teamId, ref.connectionId, "dns", async (dns, connection) => ({
    connection: { id: connection.id, label: connection.label },
    serviceId: ref.serviceId,
    zoneId: ref.zoneId,
    ...(await readZone(dns, ref)),
  }));
}
