import ipaddr from "ipaddr.js";
import { z } from "zod";

import { id, idInput, info, infoResponse, num, text } from "./common";

export const dnsRecordSchema = z.looseObject({ id, name: text, ttl: num, priority: num.nullish(), content: text, type: text });

export const dnsListResponse = z.looseObject({
  service_ids: z.array(id),
  zones: z.array(z.looseObject({ domain_id: id, name: text, service_id: id })),
});
export const dnsZoneResponse = z.looseObject({ service_id: id, name: text, records: z.array(dnsRecordSchema) });
export const addZoneResponse = infoResponse;
export const deleteZoneResponse = infoResponse;
/** The document shows only the info message; Hostdeck's sandbox adds the record, which is optional here. */
export const addRecordResponse = z.looseObject({ info, record: dnsRecordSchema.optional() });
export const editRecordResponse = z.looseObject({ record: dnsRecordSchema, info });
export const deleteRecordResponse = z.looseObject({ info });

// ---- inputs ----

export const dnsRecordTypes = ["A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA"] as const;

const recordFields = z.object({
  name: z.string().trim().min(1).max(253),
  ttl: z.number().int().min(60).max(604_800).default(3600),
  priority: z.number().int().min(0).max(65_535).optional(),
  type: z.enum(dnsRecordTypes),
  content: z.string().trim().min(1).max(4096),
});

/** Checks the client can make without the zone: address families, MX priority, CAA/SRV layout. */
function checkRecordContent(record: { type: string; content: string; priority?: number }, ctx: z.RefinementCtx): void {
  const problem = (message: string, path = "content") => ctx.addIssue({ code: "custom", message, path: [path] });
  switch (record.type) {
    case "A":
      if (!ipaddr.IPv4.isValidFourPartDecimal(record.content)) problem("A records need an IPv4 address");
      break;
    case "AAAA":
      if (!record.content.includes(":") || !ipaddr.IPv6.isValid(record.content)) problem("AAAA records need an IPv6 address");
      break;
    case "MX":
      if (record.priority === undefined) problem("MX records need a priority", "priority");
      if (ipaddr.isValid(record.content)) problem("MX records point to a host name, not an address");
      break;
    case "CNAME":
    case "NS":
      if (ipaddr.isValid(record.content)) problem(`${record.type} records point to a host name, not an address`);
      break;
    case "SRV":
      if (!/^(\d+\s+)?\d+\s+\d+\s+\S+$/.test(record.content)) problem("SRV content is 'weight port target'");
      break;
    case "CAA":
      if (!/^(0|128)\s+(issue|issuewild|iodef)\s+"[^"]*"$/i.test(record.content)) problem('CAA content is: flags tag "value"');
      break;
  }
}

export const zoneIdsInput = z.object({ service_id: idInput, zone_id: idInput });
export const addZoneInput = z.object({
  service_id: idInput,
  name: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "expected a zone name such as example.com"),
});
export const addRecordInput = recordFields.extend({ service_id: idInput, zone_id: idInput }).superRefine(checkRecordContent);
export const editRecordInput = recordFields.extend({ service_id: idInput, zone_id: idInput, record_id: idInput }).superRefine(checkRecordContent);
export const recordIdsInput = z.object({ service_id: idInput, zone_id: idInput, record_id: idInput });
