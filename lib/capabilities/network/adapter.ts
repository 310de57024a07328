import type { FreeIps, IpDetails, TrafficReading } from "./types";

/**
 * What a provider kind implements to offer the Network tools (lib/providers/<kind>/adapters/): addresses,
 * free addresses of a location, traffic, and which address is a server's main one.
 */
export interface NetworkAdapter {
  /** The address the provider sees the console calling from. */
  clientIp(): Promise<string>;
  ipDetails(ip: string): Promise<IpDetails>;
  freeIps(location: string, excludeSpecial: boolean): Promise<FreeIps>;
  /** `from` and `to` in unix seconds. */
  traffic(ip: string, from: number, to: number): Promise<TrafficReading>;
  /** Makes the address the server's main IPv4; answers the server and address as the provider confirms them. */
  setMainIp?(serverId: number, ip: string): Promise<{ serverId: string; ip: string }>;
}
