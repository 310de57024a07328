import ipaddr from "ipaddr.js";

export function isIpAddress(value: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(value) || (value.includes(":") && ipaddr.IPv6.isValid(value));
}

/** A CIDR mask in canonical form, or undefined. A bare address is read as a single host (/32 or /128). */
export function normalizeMask(value: string): string | undefined {
  const [address = "", prefix, ...rest] = value.split("/");
  if (rest.length > 0 || !isIpAddress(address)) return undefined;
  const max = address.includes(":") ? 128 : 32;
  if (prefix === undefined) return `${ipaddr.parse(address).toString()}/${max}`;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return undefined;
  return `${ipaddr.parse(address).toString()}/${Number(prefix)}`;
}

const label = "[a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?";
const hostnamePattern = new RegExp(`^(${label}\\.)*${label}$`);

export function isHostname(value: string): boolean {
  return value.length <= 253 && hostnamePattern.test(value.toLowerCase());
}
