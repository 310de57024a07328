import { isIP } from "node:net";

import ipaddr from "ipaddr.js";

import { comparableAddress } from "./address-policy";

type IP = ipaddr.IPv4 | ipaddr.IPv6;

type AllowRule =
  { type: "name"; name: string; port?: number } | { type: "address"; ip: IP; port?: number } | { type: "cidr"; range: [IP, number]; port?: number };

export interface AllowList {
  rules: readonly AllowRule[];
  /** Entries that could not be read; they allow nothing. Env validation can report them. */
  invalid: readonly string[];
}

/** What is being connected to: the URL's host name, the port, and the resolved address. */
export interface ConnectTarget {
  hostname: string;
  port: number;
  ip: IP;
}

export const ALLOWED_HOSTS_ENV = "HOSTDECK_ALLOWED_HOSTS";

const loopbackRanges = [ipaddr.parseCIDR("127.0.0.0/8"), ipaddr.parseCIDR("::1/128")];

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65_535 ? port : undefined;
}

function parseEntry(entry: string): AllowRule[] | undefined {
  if (entry.includes("/")) {
    // Canonical addresses only: ipaddr.js would read "010.0.0.0" as octal.
    const [address = ""] = entry.split("/");
    if (!isIP(address) || !ipaddr.isValidCIDR(entry)) return undefined;
    return [{ type: "cidr", range: ipaddr.parseCIDR(entry) }];
  }
  let host = entry;
  let port: number | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) {
    host = bracketed[1] ?? "";
    if (bracketed[2] !== undefined) {
      port = parsePort(bracketed[2]);
      if (port === undefined) return undefined;
    }
    if (isIP(host) !== 6) return undefined;
  } else if ((entry.match(/:/g) ?? []).length === 1) {
    const [name = "", portText = ""] = entry.split(":");
    host = name;
    port = parsePort(portText);
    if (port === undefined) return undefined;
  }
  if (isIP(host)) return [{ type: "address", ip: comparableAddress(ipaddr.parse(host)), port }];
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?\.?$/i.test(host)) return undefined;
  const name = normalizeName(host);
  // "localhost" always means the loopback addresses, so a URL with 127.0.0.1 passes too.
  if (name === "localhost") return [{ type: "name", name, port }, ...loopbackRanges.map((range) => ({ type: "cidr" as const, range, port }))];
  return [{ type: "name", name, port }];
}

/** Reads allow-list entries: `host`, `host:port`, `ip`, `ip:port`, `[v6]:port` or a CIDR such as `10.0.0.0/8`. */
export function parseAllowList(entries: readonly string[]): AllowList {
  const rules: AllowRule[] = [];
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const parsed = parseEntry(entry);
    if (parsed) rules.push(...parsed);
    else invalid.push(entry);
  }
  return { rules, invalid };
}

/** The comma-separated list in HOSTDECK_ALLOWED_HOSTS, read when called so tests can stub it. */
export function allowedHostsFromEnv(): string[] {
  return (process.env[ALLOWED_HOSTS_ENV] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function sameAddress(a: IP, b: IP): boolean {
  return a.kind() === b.kind() && a.toNormalizedString() === b.toNormalizedString();
}

export function isAllowListed(list: AllowList, target: ConnectTarget): boolean {
  const ip = comparableAddress(target.ip);
  const hostname = normalizeName(target.hostname.replace(/^\[|\]$/g, ""));
  return list.rules.some((rule) => {
    if (rule.type === "name") return rule.name === hostname && (rule.port === undefined || rule.port === target.port);
    if (rule.type === "address") return sameAddress(rule.ip, ip) && (rule.port === undefined || rule.port === target.port);
    const [network] = rule.range;
    return network.kind() === ip.kind() && ip.match(rule.range) && (rule.port === undefined || rule.port === target.port);
  });
}
