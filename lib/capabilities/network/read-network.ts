import "server-only";

import { withAdapter } from "../core/connections";
import { bucketTraffic, type TrafficReport } from "./traffic";
import type { FreeIps, IpDetails } from "./types";

export function getClientIp(teamId: string, connectionId: string): Promise<string> {
  return withAdapter(teamId, connectionId, "network", (network) => network.clientIp());
}

export function lookupIp(teamId: string, connectionId: string, ip: string): Promise<IpDetails> {
  return withAdapter(teamId, connectionId, "network", (network) => network.ipDetails(ip));
}

export function listFreeIps(teamId: string, connectionId: string, location: string, excludeSpecial: boolean): Promise<FreeIps> {
  return withAdapter(teamId, connectionId, "network", (network) => network.freeIps(location, excludeSpecial));
}

/** The last `days` days of an address's traffic: the provider's totals, and its points in hourly or daily buckets. */
export function getTraffic(teamId: string, connectionId: string, ip: string, days: number, now = Date.now()): Promise<TrafficReport> {
  const to = Math.floor(now / 1000);
  const from = to - days * 86_400;
  return withAdapter(teamId, connectionId, "network", async (network) => {
    const reading = await network.traffic(ip, from, to);
    return { ip: reading.ip, from, to, summary: reading.summary, ...bucketTraffic(reading.points, from, to) };
  });
}
