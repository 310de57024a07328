import ipaddr from "ipaddr.js";

type IP = ipaddr.IPv4 | ipaddr.IPv6;

export type AddressVerdict =
  /** A public unicast address: no allow-list entry needed. */
  | { kind: "public"; ip: IP }
  /** Private, loopback, reserved…: passes only when the allow-list names it. */
  | { kind: "restricted"; ip: IP; range: string }
  /** Metadata, link-local, unspecified, broadcast, multicast: never passes, whatever the allow-list says. */
  | { kind: "never"; ip: IP; range: string };

// 169.254.0.0/16 as a whole is refused below; these are the metadata services outside it.
const metadataAddresses = new Set(["100.100.100.200", "fd00:ec2::254", "fd00:ec2::253", "fd00:ec2::123"]);

const neverRanges = new Set(["unspecified", "broadcast", "multicast", "linkLocal"]);

/** The IPv4 address carried inside an IPv6 one (mapped, translated, NAT64 well-known prefix, 6to4), if any. */
function embeddedIPv4(ip: ipaddr.IPv6, range: string): ipaddr.IPv4 | undefined {
  const p = ip.parts;
  const fromParts = (hi: number | undefined, lo: number | undefined) => new ipaddr.IPv4([(hi ?? 0) >> 8, (hi ?? 0) & 0xff, (lo ?? 0) >> 8, (lo ?? 0) & 0xff]);
  if (range === "ipv4Mapped" || range === "rfc6145") return fromParts(p[6], p[7]);
  // Only 64:ff9b::/96 embeds an address in its last 32 bits; 64:ff9b:1::/48 (local use) stays refused.
  if (range === "rfc6052" && p[2] === 0) return fromParts(p[6], p[7]);
  if (range === "6to4") return fromParts(p[1], p[2]);
  // Deprecated IPv4-compatible form ::a.b.c.d, which ipaddr.js reports as plain unicast.
  if (range === "unicast" && p.slice(0, 6).every((part) => part === 0)) return fromParts(p[6], p[7]);
  return undefined;
}

/** Classifies one resolved address (canonical text from DNS or an IP literal). */
export function classifyAddress(address: string): AddressVerdict {
  const parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ""));
  const range = parsed.range();
  if (metadataAddresses.has(parsed.toString())) return { kind: "never", ip: parsed, range: "metadata" };
  if (parsed.kind() === "ipv6") {
    const v4 = embeddedIPv4(parsed as ipaddr.IPv6, range);
    if (v4) {
      const inner = classifyAddress(v4.toString());
      return { ...inner, ip: parsed };
    }
  }
  if (neverRanges.has(range)) return { kind: "never", ip: parsed, range };
  if (range === "unicast") return { kind: "public", ip: parsed };
  return { kind: "restricted", ip: parsed, range };
}

/** The address as the allow-list compares it: an IPv4-mapped IPv6 address is its IPv4 address. */
export function comparableAddress(ip: IP): IP {
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) return (ip as ipaddr.IPv6).toIPv4Address();
  return ip;
}
