import type { AclPlacement } from "./acl-move-plan";
import type { AclRule, NewProxyPort, PortRef, ProxyCatalog, ProxyLease, ProxyPort, ProxyPortChange, ProxyService, ProxyUsage } from "./types";

/**
 * What a provider kind implements to take part in the Proxies area (lib/providers/<kind>/adapters/proxies.ts).
 * Provider-neutral: the domain gets one per connection through withAdapter/readAcross and never sees a client.
 */
export interface ProxiesAdapter {
  /** Every service of the account; leases with their location, plan and this period's usage. */
  services(): Promise<ProxyService[]>;
  /** The account's leases, without usage: what pages about one lease or its ports start from. */
  leases(): Promise<ProxyLease[]>;
  /** This period's traffic of one lease, against its plan's included traffic. */
  usage(leaseId: number): Promise<ProxyUsage>;
  catalog(): Promise<ProxyCatalog>;
  deleteLease(leaseId: number): Promise<void>;
  ports(leaseId: number): Promise<ProxyPort[]>;
  addPort(leaseId: number, port: NewProxyPort): Promise<ProxyPort>;
  updatePort(portId: number, change: ProxyPortChange): Promise<ProxyPort>;
  /** Deletes the lease's ports on front port `from` (only the one for `domain` when given); answers how many went. */
  deletePorts(leaseId: number, port: { from: number; domain?: string }): Promise<number>;
  /** A port's rules as the provider holds them now, first rule first (never a cached copy: changes are planned on it). */
  rules(port: PortRef): Promise<AclRule[]>;
  addRule(port: PortRef, rule: { mode: "allow" | "deny"; mask: string }, placement: AclPlacement): Promise<void>;
  deleteRule(port: PortRef, mask: string): Promise<void>;
}
