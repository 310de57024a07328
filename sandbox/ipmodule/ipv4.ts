import ipaddr from "ipaddr.js";

import type { IpSubnet } from "./state";

export function isIpv4(value: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(value);
}

export function toInt(ip: string): number {
  return ipaddr.IPv4.parse(ip)
    .toByteArray()
    .reduce((total, byte) => total * 256 + byte, 0);
}

export function fromInt(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

export function maskOf(prefix: number): string {
  return fromInt(prefix === 0 ? 0 : 2 ** 32 - 2 ** (32 - prefix));
}

export function broadcastOf(subnet: IpSubnet): string {
  return fromInt(toInt(subnet.network) + 2 ** (32 - subnet.prefix) - 1);
}

export function contains(subnet: IpSubnet, ip: string): boolean {
  if (!isIpv4(ip)) return false;
  const start = toInt(subnet.network);
  const value = toInt(ip);
  return value >= start && value < start + 2 ** (32 - subnet.prefix);
}
