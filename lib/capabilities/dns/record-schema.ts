import ipaddr from "ipaddr.js";
import { z } from "zod";

import { isHostname, normalizeHostname } from "./hostname";
import { parseTxt } from "./txt";

/**
 * The DNS record rules of the console, shared by the zone editor's form (checked as the user types) and by the
 * server actions (checked again before any upstream call), and by the zone-file import.
 */
export const recordTypes = ["A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA"] as const;
export type RecordType = (typeof recordTypes)[number];

export const TTL_MIN = 60;
export const TTL_MAX = 604_800;
export const DEFAULT_TTL = 3600;

/** A record as the console shows it: relative name (`@` for the apex), content without the priority. */
export interface DnsRecord {
  id: string;
  name: string;
  type: string;
  ttl: number;
  priority: number;
  content: string;
}

/** A record ready to send: normalized name, content and priority. */
export type RecordValues = Omit<DnsRecord, "id">;

export const usesPriority = (type: string) => type === "MX" || type === "SRV";
const hostTarget = (type: string) => type === "CNAME" || type === "NS" || type === "MX";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** `@`, `*`, `www`, `_sip._tcp`, `*.dev`, or a fully qualified name with its final dot. */
const NAME = /^(@|(\*|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?)$/i;

function contentProblem(type: RecordType, content: string, priority: number | undefined): { path: "content" | "priority"; message: string } | undefined {
  const bad = (message: string) => ({ path: "content" as const, message });
  switch (type) {
    case "A":
      return ipaddr.IPv4.isValidFourPartDecimal(content) ? undefined : bad("An A record needs an IPv4 address, such as 192.0.2.10");
    case "AAAA":
      return content.includes(":") && ipaddr.IPv6.isValid(content) ? undefined : bad("An AAAA record needs an IPv6 address, such as 2001:db8::1");
    case "CNAME":
    case "NS":
    case "MX": {
      if (type === "MX" && priority === undefined) return { path: "priority", message: "An MX record needs a priority (0–65535)" };
      if (ipaddr.isValid(content)) return bad(`A ${type} record points to a host name, not an address`);
      return isHostname(content) ? undefined : bad(`A ${type} target must be a fully qualified host name, such as mail.example.com`);
    }
    case "SRV": {
      if (priority === undefined) return { path: "priority", message: "An SRV record needs a priority (0–65535)" };
      const parts = content.split(/\s+/);
      const [weight, port, target] = parts;
      const number = (value: string | undefined) => value !== undefined && /^\d+$/.test(value) && Number(value) <= 65_535;
      if (parts.length !== 3 || !number(weight) || !number(port)) return bad("SRV content is 'weight port target', such as 5 5060 sip.example.com");
      return target === "." || isHostname(target ?? "") ? undefined : bad("The SRV target must be a fully qualified host name");
    }
    case "TXT": {
      const parsed = parseTxt(content);
      return "error" in parsed ? bad(parsed.error) : undefined;
    }
    case "CAA":
      return /^(0|128)\s+(issue|issuewild|iodef)\s+"[^"]*"$/i.test(content)
        ? undefined
        : bad('CAA content is: flags tag "value", such as 0 issue "letsencrypt.org"');
  }
}

/** Content in the form the provider stores and the diff compares. */
export function normalizeContent(type: string, content: string): string {
  const value = content.trim();
  if (hostTarget(type)) return normalizeHostname(value);
  if (type === "AAAA" && ipaddr.IPv6.isValid(value)) return ipaddr.IPv6.parse(value).toString();
  if (type === "SRV") {
    const parts = value.split(/\s+/);
    const three = parts.length === 4 ? parts.slice(1) : parts;
    return three.map((part, index) => (index === 2 ? normalizeHostname(part) || part : part)).join(" ");
  }
  if (type === "TXT") {
    const parsed = parseTxt(value);
    return "value" in parsed ? parsed.value : value;
  }
  if (type === "CAA") return value.replace(/\s+/g, " ").replace(/^(\d+) (\w+)/, (_, flags: string, tag: string) => `${flags} ${tag.toLowerCase()}`);
  return value;
}

const ttlSchema = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ message: "The TTL is a number of seconds" })
    .int("The TTL is a whole number of seconds")
    .min(TTL_MIN, `The TTL is at least ${TTL_MIN} seconds`)
    .max(TTL_MAX, `The TTL is at most ${TTL_MAX} seconds (7 days)`)
    .optional(),
);

const prioritySchema = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ message: "The priority is a number" })
    .int("The priority is a whole number")
    .min(0, "The priority is 0–65535")
    .max(65_535, "The priority is 0–65535")
    .optional(),
);

/** The fields of a record, before the checks by type (extend it with ids, then pass it to `withRecordRules`). */
export const recordFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, "A name is required (@ for the zone itself)")
    .max(253, "The name is too long")
    .regex(NAME, "Use @, a label such as www, or a full name ending with a dot"),
  type: z.enum(recordTypes, { message: "Choose a record type" }),
  ttl: ttlSchema,
  priority: prioritySchema,
  content: z.string().trim().min(1, "Content is required").max(4096, "Content is 4096 characters at most"),
});

/** Adds the checks by type and normalizes (TXT unquoted, targets without the final dot, priority 0 where unused). */
export function withRecordRules<S extends typeof recordFields>(fields: S) {
  return fields
    .superRefine((record, ctx) => {
      const problem = contentProblem(record.type, record.content, record.priority);
      if (problem) ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
    })
    .transform((record) => ({
      ...(record as z.output<S>),
      name: record.name.toLowerCase(),
      type: record.type,
      ttl: record.ttl ?? DEFAULT_TTL,
      priority: usesPriority(record.type) ? (record.priority ?? 0) : 0,
      content: normalizeContent(record.type, record.content),
    }));
}

/** One record's fields, checked by type; the output is normalized. */
export const recordSchema = withRecordRules(recordFields);

export type RecordInput = z.input<typeof recordSchema>;

/** `@`, `www`, `www.example.com` and `www.example.com.` all name the same thing in zone example.com; outside it: undefined. */
export function relativeName(raw: string, zone: string): string | undefined {
  const name = raw.trim().toLowerCase().replace(/\.$/, "");
  const origin = zone.toLowerCase().replace(/\.$/, "");
  if (name === "" || name === "@" || name === origin) return "@";
  if (name.endsWith(`.${origin}`)) return name.slice(0, -(origin.length + 1));
  // A final dot means "fully qualified", and it did not end in the zone.
  return raw.trim().endsWith(".") ? undefined : name;
}

/** A record of the zone compared as the provider would: normalized name and content. */
export function normalizeRecord(record: RecordValues, zone: string): RecordValues {
  return {
    name: relativeName(record.name, zone) ?? record.name.toLowerCase(),
    type: record.type.toUpperCase(),
    ttl: record.ttl,
    priority: usesPriority(record.type.toUpperCase()) ? record.priority : 0,
    content: normalizeContent(record.type.toUpperCase(), record.content),
  };
}

/** A CNAME owns its name alone (RFC 1034 §3.6.2), and never sits at the apex. */
export function cnameConflict(
  records: readonly Pick<DnsRecord, "id" | "name" | "type">[],
  candidate: { name: string; type: string },
  selfId?: string,
): string | undefined {
  const others = records.filter((record) => record.id !== selfId && record.name === candidate.name);
  const label = candidate.name === "@" ? "the zone apex" : candidate.name;
  if (candidate.type === "CNAME" && candidate.name === "@") return "A CNAME record cannot sit at the zone apex (@)";
  if (candidate.type === "CNAME" && others.length > 0) {
    return `A CNAME record cannot sit beside other records: ${label} already has ${others.map((record) => record.type).join(", ")}`;
  }
  if (candidate.type !== "CNAME" && others.some((record) => record.type === "CNAME"))
    return `${label} already has a CNAME record, which allows no other record beside it`;
  return undefined;
}

/**
 * The checks that need the zone: the name lies inside it, no CNAME conflict, no identical duplicate.
 * Returns field errors keyed like the form's fields, or the record with its name made relative.
 */
export function checkInZone(
  record: RecordValues,
  zone: { name: string; records: readonly DnsRecord[] },
  selfId?: string,
): { ok: true; record: RecordValues } | { ok: false; field: "name" | "content"; message: string } {
  const name = relativeName(record.name, zone.name);
  if (name === undefined) return { ok: false, field: "name", message: `The name must lie inside ${zone.name}` };
  const placed = { ...record, name };
  const conflict = cnameConflict(zone.records, placed, selfId);
  if (conflict) return { ok: false, field: "name", message: conflict };
  const duplicate = zone.records.some((existing) => {
    if (existing.id === selfId) return false;
    const other = normalizeRecord(existing, zone.name);
    return other.name === placed.name && other.type === placed.type && other.content.toLowerCase() === placed.content.toLowerCase();
  });
  if (duplicate) return { ok: false, field: "content", message: "This record already exists in the zone" };
  return { ok: true, record: placed };
}

/** The first message per field of a failed parse, as the form shows them. */
export function firstIssues(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}
