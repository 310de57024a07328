/** Everything the simulated X4B account database holds. */
export interface X4bAccount {
  id: number;
  user: string;
  pass: string;
  hostKey: string;
}

export interface X4bServerRow {
  id: number;
  name: string;
  /** Lower-case country code, as X4B's location flags. */
  flag: string;
  availableV4: number;
  availableV6: number;
}

export interface X4bPlanRow {
  id: number;
  name: string;
  gb: number;
  bill: "MONTH" | "PAYG";
  /** Ports a lease on this plan may forward; one more is "Out of Stock". */
  portLimit: number;
}

export interface X4bLease {
  addr: string;
  serverId: number;
  planId: number;
  usedGb: number;
}

export interface X4bServiceRow {
  /** For a lease the service ID is also the lease ID (the document calls `service` "the ID of the lease"). */
  id: number;
  accountId: number;
  type: "lease" | "unsupported";
  lease?: X4bLease;
}

export interface X4bPortRow {
  id: number;
  serviceId: number;
  from: number;
  to: number;
  addr: string;
  type: "http" | "tcp";
  keepalive: boolean;
  domain: string | null;
}

export interface X4bAclRow {
  portId: number;
  mask: string;
  mode: "allow" | "deny";
  /** The highest number is the first rule. */
  order: number;
}

export interface X4bSession {
  accountId: number;
  lastSeen: number;
}

export interface X4bState {
  accounts: X4bAccount[];
  servers: X4bServerRow[];
  plans: X4bPlanRow[];
  services: X4bServiceRow[];
  ports: X4bPortRow[];
  acls: X4bAclRow[];
  nextPortId: number;
  sessions: Map<string, X4bSession>;
  /** Successful User/login calls since the last reset (tests read it through /__sandbox/sessions). */
  logins: number;
}
