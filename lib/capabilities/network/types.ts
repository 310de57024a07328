/** What the provider knows of one of the account's addresses. */
export interface IpDetails {
  ip: string;
  network: string;
  mask: string;
  gateway: string;
  prefix?: number;
  broadcast?: string;
  vlan?: number | null;
  location?: string;
  serverId?: number | null;
  main?: boolean;
  ipmi?: boolean;
  description?: string | null;
  ptr?: string | null;
}

export interface FreeIps {
  location: string;
  ips: string[];
}

/** One point of an address's traffic, in bytes. */
export interface TrafficPoint {
  /** Unix seconds. */
  timestamp: number;
  in: number;
  out: number;
}

/** An address's traffic over a period as the provider reports it: totals in GB, and the points. */
export interface TrafficReading {
  ip: string;
  summary: { inGb: number; outGb: number };
  points: TrafficPoint[];
}
