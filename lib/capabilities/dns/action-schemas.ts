import { z } from "zod";

import { connectionIdSchema } from "@/lib/connections/connection-id";

import { recordFields, withRecordRules } from "./record-schema";

/** Input schemas of the DNS actions and read routes, shared with the forms that build their input. */
const providerId = (what: string) => z.string().trim().regex(/^\d+$/, `Unknown ${what}`);

export const zoneRefSchema = z.object({ connectionId: connectionIdSchema, serviceId: providerId("service"), zoneId: providerId("zone") });

export const addZoneSchema = z.object({
  connectionId: connectionIdSchema,
  serviceId: providerId("service"),
  name: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value.replace(/\.$/, ""))
    .pipe(z.string().regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Enter a domain name such as example.com")),
});

export const addRecordSchema = withRecordRules(recordFields.extend(zoneRefSchema.shape));
export const editRecordSchema = withRecordRules(recordFields.extend({ ...zoneRefSchema.shape, recordId: providerId("record") }));
export const deleteRecordSchema = zoneRefSchema.extend({ recordId: providerId("record") });
export const importZoneSchema = zoneRefSchema.extend({
  zoneFile: z.string().min(1, "Paste or choose a zone file").max(512_000, "The zone file is too large (500 kB at most)"),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, "Preview the import first"),
});
