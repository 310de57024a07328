import type { ConnectionRef } from "../../providers/core/types";

/** A proxy location. */
export interface ProxyServer {
  id: number;
  name: string;
  flag: string;
  availableV4: number;
  availableV6: number;
}

/** A billing plan; `gb` 0 means no included traffic (pay as you go). */
export interface ProxyPlan {
  id: number;
  name: string;
  gb: number;
  bill: string;
}

/** Proxy locations and plans of one account (reference tables). */
export interface ProxyCatalog {
  servers: ProxyServer[];
  plans: ProxyPlan[];
}

export interface ProxyUsage {
  used: number;
  unit: string;
  /** Share of the plan's included traffic, 0–100, or null when the plan has none. */
  percent: number | null;
}

/** A service of a proxy account: a lease the API manages, or a service it cannot (no data). */
export interface ProxyService {
  connectionId: string;
  connectionLabel: string;
  id: number;
  type: string;
  isLease: boolean;
  addr: string | null;
  server: { id: number; name: string; flag: string } | null;
  plan: ProxyPlan | null;
  usage: ProxyUsage | null;
  /** Why usage is missing when the lease's usage call failed (the rest of the row still shows). */
  usageError: string | null;
}

/** A lease the API manages: its proxy address, location and plan. */
export interface ProxyLease {
  id: number;
  addr: string;
  server: { id: number; name: string; flag: string };
  plan: ProxyPlan;
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

export interface NewProxyPort {
  from: number;
  to: number;
  addr: string;
  type: "http" | "tcp";
  keepalive: boolean;
  /** HTTP ports only: the host name the port answers for. */
  domain?: string;
}

/** What Port/update may change: the backend side only. */
export interface ProxyPortChange {
  to: number;
  addr: string;
  keepalive: boolean;
}

/** One HTTP port of one lease: where ACL rules live. */
export interface PortRef {
  leaseId: number;
  portId: number;
}

export interface AclRule {
  mode: "allow" | "deny";
  mask: string;
  /** The provider's rule number: the highest is evaluated first. */
  order: number;
}

export interface LeaseDetail {
  connection: ConnectionRef;
  lease: ProxyLease;
}

export interface PortAcl {
  connection: ConnectionRef;
  leaseId: number;
  port: ProxyPort;
  rules: AclRule[];
}

/** A lease's HTTP ports (the only ones with ACLs), or why they could not be read. */
export interface LeaseHttpPorts {
  leaseId: number;
  addr: string;
  ports: ProxyPort[];
  error: string | null;
}
