import ipaddr from "ipaddr.js";

export type Cidr = { version: 4 | 6; address: string; prefix: number; canonical: string };

/**
 * Reads an ACL mask in CIDR form ("192.0.2.0/24", "2001:db8::/32"). Answers the parsed range or the reason
 * it is not one, in words the form can show.
 */
export function parseCidr(input: string): { ok: true; value: Cidr } | { ok: false; message: string } {
  const value = input.trim();
  if (!value) return { ok: false, message: "Enter an address range, e.g. 192.0.2.0/24 or 2001:db8::/32." };
  const parts = value.split("/");
  if (parts.length !== 2) return { ok: false, message: "Add the prefix length after a slash, e.g. 192.0.2.0/24 (use /32 or /128 for one address)." };
  const [address = "", prefixText = ""] = parts;
  if (!/^\d{1,3}$/.test(prefixText)) return { ok: false, message: "The prefix length after the slash must be a number." };
  const prefix = Number(prefixText);
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) {
    if (prefix > 32) return { ok: false, message: "An IPv4 prefix length is at most 32." };
    return { ok: true, value: { version: 4, address, prefix, canonical: `${ipaddr.IPv4.parse(address).toString()}/${prefix}` } };
  }
  if (address.includes(":") && ipaddr.IPv6.isValid(address) && !address.includes("%")) {
    if (prefix > 128) return { ok: false, message: "An IPv6 prefix length is at most 128." };
    return { ok: true, value: { version: 6, address, prefix, canonical: `${ipaddr.IPv6.parse(address).toString()}/${prefix}` } };
  }
  return { ok: false, message: "Not an IPv4 or IPv6 address before the slash." };
}

/** The mask as X4B stores and lists it (addresses in their canonical spelling), or the input when not CIDR. */
export function canonicalMask(mask: string): string {
  const parsed = parseCidr(mask);
  return parsed.ok ? parsed.value.canonical : mask.trim();
}

function toBigInt(bytes: number[]): bigint {
  return bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

function fromBigInt(value: bigint, length: number): number[] {
  const bytes: number[] = [];
  for (let i = length - 1; i >= 0; i -= 1) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return bytes;
}

/** The range's network number and host-bit count. */
function rangeOf(cidr: Cidr): { network: bigint; hostBits: number; length: number } {
  const length = cidr.version === 4 ? 4 : 16;
  const width = length * 8;
  const hostBits = width - cidr.prefix;
  const value = toBigInt(ipaddr.parse(cidr.address).toByteArray());
  const network = hostBits === 0 ? value : (value >> BigInt(hostBits)) << BigInt(hostBits);
  return { network, hostBits, length };
}

/** True when both masks name the same range (same prefix, same network), however they are written. */
export function sameRange(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (!x.ok || !y.ok || x.value.version !== y.value.version || x.value.prefix !== y.value.prefix) return false;
  return rangeOf(x.value).network === rangeOf(y.value).network;
}

/**
 * Another spelling of the same range (a host address inside it, same prefix), unused on the port: X4B keeps
 * one rule per mask, so a rule can only appear twice under two spellings. None for /32 and /128 ranges.
 */
export function equivalentMask(mask: string, taken: readonly string[]): string | null {
  const parsed = parseCidr(mask);
  if (!parsed.ok) return null;
  const { network, hostBits, length } = rangeOf(parsed.value);
  if (hostBits === 0) return null;
  const used = new Set([...taken, mask].map(canonicalMask));
  const size = 1n << BigInt(hostBits);
  for (let offset = 1n; offset < size && offset <= 64n; offset += 1n) {
    const bytes = fromBigInt(network + offset, length);
    const candidate = `${ipaddr.fromByteArray(bytes).toString()}/${parsed.value.prefix}`;
    if (!used.has(candidate)) return candidate;
  }
  return null;
}
