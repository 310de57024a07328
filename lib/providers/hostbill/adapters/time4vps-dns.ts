import type { DnsAdapter } from "@/lib/capabilities/dns/adapter";
import type { RecordValues } from "@/lib/capabilities/dns/record-schema";
import type { ZoneTarget } from "@/lib/capabilities/dns/types";

import { uncached } from "../../core/read-cache/cached-client";
import type { Time4vpsClient } from "../time4vps-client";
import type { dnsRecordTypes } from "../time4vps-schemas";

type Time4vpsRecordType = (typeof dnsRecordTypes)[number];

const ids = (zone: ZoneTarget) => ({ service_id: zone.serviceId, zone_id: zone.zoneId });

/** The console's record fields as Time4VPS takes them (the domain layer has checked the type already). */
const upstream = (record: RecordValues) => ({
  name: record.name,
  type: record.type as Time4vpsRecordType,
  ttl: record.ttl,
  priority: record.priority,
  content: record.content,
});

/** Time4VPS DNS: zones live under a DNS-capable service; records carry their priority apart from the content. */
export function time4vpsDnsAdapter(client: Time4vpsClient): DnsAdapter {
  return {
    async listZones() {
      const [dns, services] = await Promise.all([client.listDns(), client.listServices().catch(() => [])]);
      const names = new Map(services.map((service) => [service.id, `${service.name}${service.domain ? ` · ${service.domain}` : ""}`]));
      return {
        services: dns.service_ids.map((id) => ({ id, label: `#${id} ${names.get(id) ?? ""}`.trim() })),
        zones: dns.zones.map((zone) => ({ id: zone.domain_id, name: zone.name, serviceId: zone.service_id })),
      };
    },

    async getZone(zone, options) {
      const answer = await (options?.fresh ? uncached(client) : client).getDnsZone(ids(zone));
      return {
        name: answer.name,
        records: answer.records.map((record) => ({
          id: record.id,
          name: record.name || "@",
          type: record.type.toUpperCase(),
          ttl: record.ttl,
          priority: record.priority ?? 0,
          content: record.content,
        })),
      };
    },

    async addZone(serviceId, name) {
      await client.addDnsZone({ service_id: serviceId, name });
    },

    async deleteZone(zone) {
      await client.deleteDnsZone(ids(zone));
    },

    async addRecord(zone, record) {
      await client.addDnsRecord({ ...ids(zone), ...upstream(record) });
    },

    async editRecord(zone, recordId, record) {
      await client.editDnsRecord({ ...ids(zone), record_id: recordId, ...upstream(record) });
    },

    async deleteRecord(zone, recordId) {
      await client.deleteDnsRecord({ ...ids(zone), record_id: recordId });
    },
  };
}
