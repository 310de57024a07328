import type { Context, Hono } from "hono";
import ipaddr from "ipaddr.js";

import type { XsserverEnv } from "../env";
import { fail, numericId } from "../request";
import type { ServiceRecord } from "../seed";
import type { XsserverState } from "../state";

const HOSTNAME = /^(?=.{1,253}\.?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]\.?$/i;

/** The caller's own service from the `:id` path segment, or undefined (someone else's looks the same as none). */
export function ownService(c: Context<XsserverEnv>, state: XsserverState): ServiceRecord | undefined {
  const id = numericId(c.req.param("id"));
  return state.data.services.find((service) => service.id === id && service.clientId === c.get("clientId"));
}

/** GET /service/@id/ip, GET and POST /service/@id/rdns. */
export function mountServiceRoutes(api: Hono<XsserverEnv>, state: XsserverState): void {
  api.get("/service/:id/ip", (c) => {
    const service = ownService(c, state);
    if (!service) return fail(c, 404, "Service not found");
    return c.json({ ips: service.ips.map(({ prefixLength: _prefix, ...ip }) => ip) });
  });

  api.get("/service/:id/rdns", (c) => {
    const service = ownService(c, state);
    if (!service) return fail(c, 404, "Service not found");
    return c.json({ rdns: rdnsList(service) });
  });

  api.post("/service/:id/rdns", (c) => {
    const service = ownService(c, state);
    if (!service) return fail(c, 404, "Service not found");
    const entries = rdnsEntries(c.get("params").ipaddress);
    if (!entries || entries.length === 0) return fail(c, 400, "Missing ipaddress: use the IP address as key and the hostname as value");
    const errors: string[] = [];
    const changes: [string, string][] = [];
    for (const [rawIp, rawHost] of entries) {
      const ip = canonicalIp(rawIp);
      const host = rawHost.trim().replace(/\.$/, "");
      if (!ip || !belongsTo(service, ip)) errors.push(`IP address ${rawIp} is not assigned to this service`);
      else if (host !== "" && !HOSTNAME.test(host)) errors.push(`Invalid hostname "${rawHost}" for ${rawIp}`);
      else changes.push([ip, host.toLowerCase()]);
    }
    // All or nothing: a batch with one bad entry changes nothing.
    if (errors.length > 0) return fail(c, 400, ...errors);
    for (const [ip, host] of changes) {
      if (host === "") delete service.rdns[ip];
      else service.rdns[ip] = host;
    }
    return c.json({ success: true, info: ["rdns_updated"], rdns: rdnsList(service) });
  });
}

/** Every IPv4 address of the service (empty hostname when no PTR is set), then the IPv6 PTRs that exist. */
function rdnsList(service: ServiceRecord): { ipaddress: string; hostname: string }[] {
  const v4 = service.ips.filter((ip) => ip.type === "IPv4").map((ip) => ({ ipaddress: ip.ipaddress, hostname: service.rdns[ip.ipaddress] ?? "" }));
  const v6 = Object.entries(service.rdns)
    .filter(([ip]) => ip.includes(":"))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ipaddress, hostname]) => ({ ipaddress, hostname }));
  return [...v4, ...v6];
}

/** `{ "1.2.3.4": "host" }` as documented, or a list of `{ipaddress, hostname}` as a tolerant reading. */
function rdnsEntries(value: unknown): [string, string][] | undefined {
  if (Array.isArray(value)) {
    const pairs: [string, string][] = [];
    for (const item of value) {
      if (typeof item !== "object" || item === null) return undefined;
      const { ipaddress, hostname } = item as { ipaddress?: unknown; hostname?: unknown };
      if (typeof ipaddress !== "string" || typeof hostname !== "string") return undefined;
      pairs.push([ipaddress, hostname]);
    }
    return pairs;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const pairs: [string, string][] = [];
  for (const [ip, host] of Object.entries(value)) {
    if (typeof host !== "string") return undefined;
    pairs.push([ip, host]);
  }
  return pairs;
}

function canonicalIp(text: string): string | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValid(trimmed)) return undefined;
  const parsed = ipaddr.parse(trimmed);
  return parsed.kind() === "ipv6" ? (parsed as ipaddr.IPv6).toRFC5952String() : parsed.toString();
}

function belongsTo(service: ServiceRecord, ip: string): boolean {
  const address = ipaddr.parse(ip);
  return service.ips.some((record) => {
    const own = ipaddr.parse(record.ipaddress);
    if (own.kind() !== address.kind()) return false;
    if (record.prefixLength !== undefined) return address.match(own, record.prefixLength);
    return own.toNormalizedString() === address.toNormalizedString();
  });
}
