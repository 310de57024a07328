import ipaddr from "ipaddr.js";

import { intOf, isHostname, str, type Body } from "./http";
import type { DnsRecord, DnsZone } from "./state";

export const recordTypes = ["A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA"] as const;

export const isZoneName = (name: string) => isHostname(name) && /\.[a-z]{2,63}$/i.test(name) && !name.endsWith(".");

const labelPattern = /^(\*|[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)*$/i;

/** `@`, `www`, `www.example.com` and `www.example.com.` all name the same thing inside zone example.com. */
export function relativeName(raw: string, zone: string): string | undefined {
  let name = raw.trim().toLowerCase();
  if (name === "" || name === "@" || name === zone || name === `${zone}.`) return "@";
  if (name.endsWith(".")) {
    name = name.slice(0, -1);
    if (!name.endsWith(`.${zone}`)) return undefined;
  }
  if (name.endsWith(`.${zone}`)) name = name.slice(0, -(zone.length + 1));
  return labelPattern.test(name) ? name : undefined;
}

function contentProblem(type: string, content: string, priority: number | undefined): string | undefined {
  const target = content.replace(/\.$/, "");
  switch (type) {
    case "A":
      return ipaddr.IPv4.isValidFourPartDecimal(content) ? undefined : "A record requires a valid IPv4 address";
    case "AAAA":
      return ipaddr.IPv6.isValid(content) && content.includes(":") ? undefined : "AAAA record requires a valid IPv6 address";
    case "CNAME":
    case "NS":
      return isHostname(target) && !ipaddr.isValid(target) ? undefined : `${type} record requires a hostname`;
    case "MX":
      if (priority === undefined) return "priority is required for MX records";
      return isHostname(target) && !ipaddr.isValid(target) ? undefined : "MX record requires a mail server hostname";
    case "TXT":
      return content.length > 0 && content.length <= 4096 ? undefined : "TXT record must contain 1 to 4096 characters";
    case "SRV": {
      const parts = content.split(/\s+/);
      const [weight, port, host] = parts.length === 4 ? parts.slice(1) : parts;
      const ok =
        parts.length >= 3 &&
        parts.length <= 4 &&
        /^\d+$/.test(weight ?? "") &&
        /^\d+$/.test(port ?? "") &&
        Number(port) <= 65535 &&
        isHostname((host ?? "").replace(/\.$/, ""));
      return ok ? undefined : "SRV record content must be 'weight port target'";
    }
    case "CAA":
      return /^(0|128)\s+(issue|issuewild|iodef)\s+"[^"]*"$/i.test(content)
        ? undefined
        : `CAA record content must be 'flags tag "value"', e.g. 0 issue "letsencrypt.org"`;
    default:
      return "unsupported record type";
  }
}

/**
 * Validates a record the way Time4VPS's DNS manager does. `existing` is the record being edited, whose
 * unspecified fields are kept (PUT may carry only what changes).
 */
export function readRecord(zone: DnsZone, body: Body, existing?: DnsRecord): { record?: Omit<DnsRecord, "id">; errors: string[] } {
  const errors: string[] = [];
  const type = (body.type !== undefined ? str(body.type) : (existing?.type ?? "")).toUpperCase();
  if (!type) errors.push("Field 'type' is required");
  else if (!(recordTypes as readonly string[]).includes(type)) errors.push(`Field 'type' is invalid: ${type} records are not supported`);
  const rawName = body.name !== undefined ? str(body.name) : (existing?.name ?? "@");
  const name = relativeName(rawName, zone.name);
  if (!name) errors.push(`Field 'name' is invalid: ${rawName} is not a name inside ${zone.name}`);
  const ttlRaw = body.ttl;
  const ttl = ttlRaw === undefined || ttlRaw === "" ? (existing?.ttl ?? 3600) : intOf(ttlRaw);
  if (ttl === undefined || ttl < 60 || ttl > 604_800) errors.push("Field 'ttl' is invalid: use a number of seconds between 60 and 604800");
  const priorityRaw = body.priority;
  let priority = priorityRaw === undefined || priorityRaw === "" ? existing?.priority : intOf(priorityRaw);
  if (priorityRaw !== undefined && priorityRaw !== "" && (priority === undefined || priority < 0 || priority > 65535)) {
    errors.push("Field 'priority' is invalid: use a number between 0 and 65535");
  }
  let content = body.content !== undefined ? str(body.content) : (existing?.content ?? "");
  if (type === "TXT") content = content.replace(/^"(.*)"$/s, "$1");
  if (type === "SRV" && priority === undefined && content.split(/\s+/).length === 4) priority = intOf(content.split(/\s+/)[0]);
  if (!content) errors.push("Field 'content' is required");
  else if (type && (recordTypes as readonly string[]).includes(type)) {
    const problem = contentProblem(type, content, type === "MX" || type === "SRV" ? priority : 0);
    if (problem) errors.push(problem.startsWith("priority") ? `Field 'priority' is required: ${problem}` : `Field 'content' is invalid: ${problem}`);
  }
  if (errors.length || !name || ttl === undefined) return { errors };
  if (type === "SRV" && content.split(/\s+/).length === 4) content = content.split(/\s+/).slice(1).join(" ");
  const record = { name, type, ttl, priority: type === "MX" || type === "SRV" ? (priority ?? 0) : 0, content };
  return { record, errors: conflicts(zone, record, existing?.id) };
}

function conflicts(zone: DnsZone, record: Omit<DnsRecord, "id">, selfId?: string): string[] {
  const others = zone.records.filter((item) => item.id !== selfId);
  const sameName = others.filter((item) => item.name === record.name);
  if (record.type === "CNAME" && record.name === "@") return ["CNAME record conflicts with the zone apex (NS and SOA records)"];
  if (record.type === "CNAME" && sameName.length > 0) return [`CNAME record conflicts with existing records for ${record.name}`];
  if (record.type !== "CNAME" && sameName.some((item) => item.type === "CNAME")) return [`Record conflicts with an existing CNAME record for ${record.name}`];
  const duplicate = others.some(
    (item) => item.name === record.name && item.type === record.type && item.content.toLowerCase() === record.content.toLowerCase(),
  );
  return duplicate ? ["Record already exists"] : [];
}
