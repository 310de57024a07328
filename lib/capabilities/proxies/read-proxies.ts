import "server-only";

import { AppError, notFound, toFailureSummary } from "../../errors/app-error";
import { readAcross, withAdapter, type ConnectionRef, type StartedRead } from "../core/connections";
import type { AclRule, LeaseDetail, LeaseHttpPorts, PortAcl, ProxyCatalog, ProxyPort, ProxyService, ProxyUsage } from "./types";

/** Every proxy connection's services, started at once; the page streams each as it settles. */
export function startProxyLists(teamId: string): Promise<StartedRead<ProxyService[]>[]> {
  return readAcross(teamId, "proxies", (adapter) => adapter.services());
}

/** One connection's services (the list's refresh). */
export function listConnectionProxies(teamId: string, connectionId: string): Promise<ProxyService[]> {
  return withAdapter(teamId, connectionId, "proxies", (adapter) => adapter.services());
}

/** Every proxy connection's locations and plans, started at once. */
export function startProxyCatalogs(teamId: string): Promise<StartedRead<ProxyCatalog>[]> {
  return readAcross(teamId, "proxies", (adapter) => adapter.catalog());
}

export function getProxyCatalog(teamId: string, connectionId: string): Promise<ProxyCatalog> {
  return withAdapter(teamId, connectionId, "proxies", (adapter) => adapter.catalog());
}

/** One lease of one of the team's connections; another team's connection or lease is not found. */
export function getProxyLease(teamId: string, connectionId: string, leaseId: number): Promise<LeaseDetail> {
  return withAdapter(teamId, connectionId, "proxies", async (adapter, connection) => {
    const lease = (await adapter.leases()).find((candidate) => candidate.id === leaseId);
    if (!lease) throw notFound("This lease");
    return { connection, lease };
  });
}

// The lease page's sections, each read on its own so one failing call only empties its own section.

export function getLeaseUsage(teamId: string, connectionId: string, leaseId: number): Promise<ProxyUsage> {
  return withAdapter(teamId, connectionId, "proxies", (adapter) => adapter.usage(leaseId));
}

export function listLeasePorts(teamId: string, connectionId: string, leaseId: number): Promise<ProxyPort[]> {
  return withAdapter(teamId, connectionId, "proxies", (adapter) => adapter.ports(leaseId));
}

/** A lease's HTTP port and its ACL rules, first rule first; a port without ACLs (TCP) has no ACL page. */
export function getPortAcl(teamId: string, connectionId: string, leaseId: number, portId: number): Promise<PortAcl> {
  return withAdapter(teamId, connectionId, "proxies", async (adapter, connection) => {
    const ref = { leaseId, portId };
    const [ports, rules] = await Promise.allSettled([adapter.ports(leaseId), adapter.rules(ref)]);
    if (ports.status === "rejected") throw ports.reason;
    const port = ports.value.find((candidate) => candidate.id === portId);
    if (!port) throw notFound("This port");
    if (port.type !== "http") throw new AppError("not-found", "ACLs are only available on HTTP ports.");
    if (rules.status === "rejected") throw rules.reason;
    return { connection, leaseId, port, rules: rules.value };
  });
}

/** Only the rules (one call): what the editor re-reads after a change. */
export function listPortRules(teamId: string, connectionId: string, leaseId: number, portId: number): Promise<{ rules: AclRule[] }> {
  return withAdapter(teamId, connectionId, "proxies", async (adapter) => ({ rules: await adapter.rules({ leaseId, portId }) }));
}

/** The HTTP ports (the only ones with ACLs) of every lease of one connection, for bulk ACL changes. */
export function listHttpPorts(teamId: string, connectionId: string): Promise<{ connection: ConnectionRef; leases: LeaseHttpPorts[] }> {
  return withAdapter(teamId, connectionId, "proxies", async (adapter, connection) => {
    const leases = await Promise.all(
      (await adapter.leases()).map(async (lease): Promise<LeaseHttpPorts> => {
        try {
          const ports = (await adapter.ports(lease.id)).filter((port) => port.type === "http");
          return { leaseId: lease.id, addr: lease.addr, ports, error: null };
        } catch (error) {
          return { leaseId: lease.id, addr: lease.addr, ports: [], error: toFailureSummary(error, "proxies http ports").message };
        }
      }),
    );
    return { connection, leases };
  });
}
