import type { z } from "zod";

import { parseInput } from "../../core/input";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

const zonePath = (serviceId: number, zoneId: number) => `/service/${segment(serviceId)}/dns/${segment(zoneId)}`;

export function dnsMethods(core: HostbillCore) {
  return {
    listDns: async () => core.get("/dns", s.dnsListResponse),

    addDnsZone: async (input: In<typeof s.addZoneInput>) => {
      const { service_id, name } = parseInput(s.addZoneInput, input);
      return core.post(`/service/${segment(service_id)}/dns`, s.addZoneResponse, { name });
    },

    getDnsZone: async (input: In<typeof s.zoneIdsInput>) => {
      const { service_id, zone_id } = parseInput(s.zoneIdsInput, input);
      return core.get(zonePath(service_id, zone_id), s.dnsZoneResponse);
    },

    deleteDnsZone: async (input: In<typeof s.zoneIdsInput>) => {
      const { service_id, zone_id } = parseInput(s.zoneIdsInput, input);
      return core.delete(zonePath(service_id, zone_id), s.deleteZoneResponse);
    },

    addDnsRecord: async (input: In<typeof s.addRecordInput>) => {
      const { service_id, zone_id, name, ttl, priority, type, content } = parseInput(s.addRecordInput, input);
      return core.post(`${zonePath(service_id, zone_id)}/records`, s.addRecordResponse, { name, ttl, priority: priority ?? 0, type, content });
    },

    editDnsRecord: async (input: In<typeof s.editRecordInput>) => {
      const { service_id, zone_id, record_id, name, ttl, priority, type, content } = parseInput(s.editRecordInput, input);
      const path = `${zonePath(service_id, zone_id)}/records/${segment(record_id)}`;
      return (await core.put(path, s.editRecordResponse, { name, ttl, priority: priority ?? 0, type, content })).record;
    },

    deleteDnsRecord: async (input: In<typeof s.recordIdsInput>) => {
      const { service_id, zone_id, record_id } = parseInput(s.recordIdsInput, input);
      return core.delete(`${zonePath(service_id, zone_id)}/records/${segment(record_id)}`, s.deleteRecordResponse);
    },
  };
}
