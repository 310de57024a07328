import { recordSchema, recordTypes, usesPriority, type DnsRecord, type RecordValues } from "./record-schema";
import { formatTxt } from "./txt";

/**
 * BIND zone files (RFC 1035 §5) for the records Time4VPS manages. Export writes `$ORIGIN`, `$TTL` and one line per
 * record; import reads what BIND would (directives, omitted owner names, TTL/class in either order, parentheses,
 * comments, quoted strings) and checks every record with the same rules as the zone editor's form.
 */

export interface ZoneFileLineIssue {
  line: number;
  message: string;
}

export interface ParsedZoneFile {
  records: (RecordValues & { line: number })[];
  errors: ZoneFileLineIssue[];
  /** Lines read but not imported (SOA: the provider manages it). */
  skipped: ZoneFileLineIssue[];
}

const hostTypes = new Set(["CNAME", "NS", "MX"]);
const looksLikeHost = (value: string) => /[a-z]/i.test(value) && !value.includes(":") && !value.includes(" ");

/** Host name as zone-file text: absolute names get their final dot. */
function absolute(host: string): string {
  return host === "." || host.endsWith(".") ? host : `${host}.`;
}

function rdata(record: DnsRecord): string {
  const type = record.type.toUpperCase();
  if (type === "TXT") return formatTxt(record.content);
  if (hostTypes.has(type)) return `${type === "MX" ? `${record.priority} ` : ""}${looksLikeHost(record.content) ? absolute(record.content) : record.content}`;
  if (type === "SRV") {
    const parts = record.content.trim().split(/\s+/);
    const [weight, port, target] = parts.length === 4 ? parts.slice(1) : parts;
    return `${record.priority} ${weight ?? 0} ${port ?? 0} ${absolute(target ?? ".")}`;
  }
  return record.content;
}

/** The zone as a BIND zone file. SOA is the provider's and is left out (the header says so). */
export function exportZoneFile(zone: { name: string; records: readonly DnsRecord[] }, note?: string): string {
  const origin = zone.name.replace(/\.$/, "");
  const ttls = zone.records.map((record) => record.ttl);
  const defaultTtl = ttls.length ? mostCommon(ttls) : 3600;
  const width = Math.max(8, ...zone.records.map((record) => record.name.length + 1));
  const lines = [
    `; Zone ${origin}${note ? ` — ${note}` : ""}`,
    "; SOA is managed by the provider and not included.",
    `$ORIGIN ${origin}.`,
    `$TTL ${defaultTtl}`,
    ...zone.records.map((record) => `${record.name.padEnd(width)} ${String(record.ttl).padEnd(6)} IN ${record.type.toUpperCase().padEnd(5)} ${rdata(record)}`),
  ];
  return `${lines.join("\n")}\n`;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

interface Token {
  text: string;
  quoted: boolean;
}

/** Splits one logical line into tokens; quoted strings keep their escapes for the TXT reader. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    if (char === '"') {
      let end = index + 1;
      while (end < line.length && line[end] !== '"') end += line[end] === "\\" ? 2 : 1;
      tokens.push({ text: line.slice(index, Math.min(end + 1, line.length)), quoted: true });
      index = end + 1;
      continue;
    }
    let end = index;
    while (end < line.length && !/\s/.test(line[end]!) && line[end] !== '"') end += 1;
    tokens.push({ text: line.slice(index, end), quoted: false });
    index = end;
  }
  return tokens;
}

/** Removes a `;` comment outside quotes. */
function stripComment(line: string): string {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === "\\") index += 1;
    else if (char === '"') quoted = !quoted;
    else if (char === ";" && !quoted) return line.slice(0, index);
  }
  return line;
}

/** Physical lines → logical lines (parentheses join lines), each with the number of its first line. */
function logicalLines(text: string): { line: number; text: string; indented: boolean }[] {
  const result: { line: number; text: string; indented: boolean }[] = [];
  let current: { line: number; text: string; indented: boolean } | undefined;
  let depth = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const body = stripComment(raw);
    const opens = (body.match(/\(/g) ?? []).length;
    const closes = (body.match(/\)/g) ?? []).length;
    if (current && depth > 0) current.text += ` ${body}`;
    else current = { line: index + 1, text: body, indented: /^\s/.test(body) };
    depth += opens - closes;
    if (depth <= 0) {
      depth = 0;
      if (current.text.trim() !== "") result.push({ ...current, text: current.text.replace(/[()]/g, " ") });
      current = undefined;
    }
  });
  if (current && current.text.trim() !== "") result.push({ ...current, text: current.text.replace(/[()]/g, " ") });
  return result;
}

const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `3600`, `1h`, `1h30m`, `1W`; undefined when not a TTL. */
export function parseTtl(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const units = value.toLowerCase().match(/^(\d+[smhdw])+$/) ? value.toLowerCase().match(/\d+[smhdw]/g) : null;
  return units?.reduce((sum, unit) => sum + Number(unit.slice(0, -1)) * TTL_UNITS[unit.slice(-1)]!, 0);
}

/** Owner or target name → relative to the zone (`@` for the apex), or undefined when outside it. */
function toRelative(name: string, origin: string, zone: string): string | undefined {
  const fqdn = name === "@" ? origin : name.endsWith(".") ? name.slice(0, -1) : `${name}.${origin}`;
  const lower = fqdn.toLowerCase();
  if (lower === zone) return "@";
  return lower.endsWith(`.${zone}`) ? lower.slice(0, -(zone.length + 1)) : undefined;
}

/** Target names: absolute as written, relative ones completed with the origin (as BIND does). */
function qualify(name: string, origin: string): string {
  if (name === "@") return origin;
  return name.endsWith(".") ? name.slice(0, -1) : `${name}.${origin}`;
}

/** Reads a zone file for `zone`; every record is checked with the zone editor's rules. */
export function parseZoneFile(text: string, zone: string): ParsedZoneFile {
  const zoneName = zone.toLowerCase().replace(/\.$/, "");
  let origin = zoneName;
  let defaultTtl: number | undefined;
  let lastOwner: string | undefined;
  const parsed: ParsedZoneFile = { records: [], errors: [], skipped: [] };
  const fail = (line: number, message: string) => parsed.errors.push({ line, message });

  for (const logical of logicalLines(text)) {
    const tokens = tokenize(logical.text);
    const first = tokens[0];
    if (!first) continue;
    const directive = first.text.toUpperCase();
    if (!first.quoted && directive === "$ORIGIN") {
      const value = tokens[1]?.text;
      if (!value?.endsWith(".")) fail(logical.line, "$ORIGIN needs an absolute name ending with a dot");
      else origin = value.slice(0, -1).toLowerCase();
      continue;
    }
    if (!first.quoted && directive === "$TTL") {
      const ttl = parseTtl(tokens[1]?.text ?? "");
      if (ttl === undefined) fail(logical.line, "$TTL needs a number of seconds");
      else defaultTtl = ttl;
      continue;
    }
    if (directive.startsWith("$")) {
      fail(logical.line, `${first.text} is not supported; paste the included records instead`);
      continue;
    }

    let index = 0;
    let owner = lastOwner;
    if (!logical.indented) {
      owner = first.text;
      index = 1;
    }
    let ttl: number | undefined;
    while (index < tokens.length) {
      const token = tokens[index]!.text;
      const asTtl = parseTtl(token);
      if (asTtl !== undefined && ttl === undefined) ttl = asTtl;
      else if (/^(IN|CH|HS)$/i.test(token)) {
        if (token.toUpperCase() !== "IN") {
          fail(logical.line, `Class ${token} is not supported; only IN`);
          owner = undefined;
        }
      } else break;
      index += 1;
    }
    if (owner === undefined) {
      if (!parsed.errors.some((error) => error.line === logical.line)) fail(logical.line, "The line has no owner name and no record above it");
      continue;
    }
    lastOwner = owner;
    const typeToken = tokens[index];
    const type = typeToken?.text.toUpperCase() ?? "";
    const data = tokens.slice(index + 1);
    if (!typeToken) {
      fail(logical.line, "The record type is missing");
      continue;
    }
    if (type === "SOA") {
      parsed.skipped.push({ line: logical.line, message: "SOA is managed by the provider; skipped" });
      continue;
    }
    if (!(recordTypes as readonly string[]).includes(type)) {
      fail(logical.line, `${type} records are not supported here (supported: ${recordTypes.join(", ")})`);
      continue;
    }
    const name = toRelative(owner, origin, zoneName);
    if (name === undefined) {
      fail(logical.line, `${owner} is outside the zone ${zoneName}`);
      continue;
    }
    const values = data.map((token) => token.text);
    let priority: string | undefined;
    let content: string;
    switch (type) {
      case "MX":
        priority = values[0];
        content = values.length === 2 ? qualify(values[1]!, origin) : values.slice(1).join(" ");
        break;
      case "SRV":
        priority = values[0];
        content = values.length === 4 ? [values[1], values[2], qualify(values[3]!, origin)].join(" ") : values.slice(1).join(" ");
        break;
      case "CNAME":
      case "NS":
        content = values.length === 1 ? qualify(values[0]!, origin) : values.join(" ");
        break;
      case "TXT":
        content = data.every((token) => token.quoted)
          ? values.join(" ")
          : values.length === 1
            ? values[0]!
            : data.map((token) => (token.quoted ? token.text : `"${token.text}"`)).join(" ");
        break;
      default:
        content = values.join(" ");
    }
    const ttlValue = ttl ?? defaultTtl;
    const result = recordSchema.safeParse({
      name,
      type,
      ttl: ttlValue === undefined ? undefined : String(ttlValue),
      priority: usesPriority(type) ? priority : undefined,
      content,
    });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      fail(logical.line, `${owner} ${type}: ${issue.message}`);
      continue;
    }
    parsed.records.push({ ...result.data, line: logical.line });
  }
  return parsed;
}
