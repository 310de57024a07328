/** A proxy location (X4B Server/all). */
export interface ProxyServer {
  id: number;
  name: string;
  flag: string;
  availableV4: number;
  availableV6: number;
}

/** A billing plan (X4B Plan/all); `gb` 0 means no included traffic (pay as you go). */
export interface ProxyPlan {
  id: number;
  name: string;
  gb: number;
  bill: string;
}

export interface ProxyUsage {
  used: number;
  unit: string;
  /** Share of the plan's included traffic, 0–100, or null when the plan has none. */
  percent: number | null;
}

/** A service of an X4B account: a lease the API manages, or a service it cannot (no data). */
export interface ProxyService {
  connectionId: string;
  connectionLabel: string;
  id: number;
  type: string;
  isLease: boolean;
  addr: string | null;
  server: { id: number; name: string; flag: string } | null;
  plan: { id: number; name: string; gb: number; bill: string } | null;
  usage: ProxyUsage | null;
  /** Why usage is missing when the lease's usage call failed (the rest of the row still shows). */
  usageError: string | null;
}

export interface ProxyPort {
  id: number;
  from: number;
  to: number;
  addr: string;
  type: string;
  keepalive: boolean;
  domain: string | null;
}

export interface AclRule {
  mode: "allow" | "deny";
  mask: string;
  /** X4B's rule number: the highest is evaluated first. */
  order: number;
}

