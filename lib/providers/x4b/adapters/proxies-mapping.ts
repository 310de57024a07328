import type { AclRule, ProxyLease, ProxyPlan, ProxyPort, ProxyServer, ProxyService, ProxyUsage } from "@/lib/capabilities/proxies/types";

import type { X4bAcl, X4bPlan, X4bPort, X4bServer, X4bService, X4bUsage } from "../schemas";

type X4bLeaseService = Extract<X4bService, { type: "lease" }>;

/** A lease carries its address, server and plan; every other service type is one the API cannot manage. */
export function isLeaseService(service: X4bService): service is X4bLeaseService {
  return service.type === "lease";
}

export function mapServer(server: X4bServer): ProxyServer {
  return { id: server.id, name: server.name, flag: server.flag, availableV4: server.available_proxies_v4, availableV6: server.available_proxies_v6 };
}

export function mapPlan(plan: X4bPlan): ProxyPlan {
  return { id: plan.id, name: plan.name, gb: plan.gb, bill: plan.bill };
}

export function mapPort(port: X4bPort): ProxyPort {
  return { id: port.id, from: port.from, to: port.to, addr: port.addr, type: port.type, keepalive: port.keepalive, domain: port.domain ?? null };
}

export function mapAcl(rule: X4bAcl): AclRule {
  return { mode: rule.mode, mask: rule.mask, order: rule.order };
}

/** Usage against the plan's included traffic; only GB-denominated usage is compared with the plan's GB. */
export function usageOf(usage: X4bUsage, plan: ProxyPlan | null): ProxyUsage {
  const comparable = plan !== null && plan.gb > 0 && usage.unit.toUpperCase() === "GB";
  const percent = comparable ? Math.min(100, Math.max(0, Math.round((usage.used / plan.gb) * 1000) / 10)) : null;
  return { used: usage.used, unit: usage.unit, percent };
}

/** A lease with its server and plan named from the catalogue (by number when the catalogue lacks them). */
export function leaseOf(service: X4bLeaseService, servers: readonly ProxyServer[], plans: readonly ProxyPlan[]): ProxyLease {
  const { addr, server: serverId, plan: planId } = service.data;
  const server = servers.find((s) => s.id === serverId);
  return {
    id: service.id,
    addr,
    server: server ? { id: server.id, name: server.name, flag: server.flag } : { id: serverId, name: `Server ${serverId}`, flag: "" },
    plan: plans.find((p) => p.id === planId) ?? { id: planId, name: `Plan ${planId}`, gb: 0, bill: "" },
  };
}

export function mapService(
  connection: { id: string; label: string },
  service: X4bService,
  servers: readonly ProxyServer[],
  plans: readonly ProxyPlan[],
  usage: { ok: true; value: X4bUsage } | { ok: false; message: string } | null,
): ProxyService {
  const lease = isLeaseService(service) ? leaseOf(service, servers, plans) : null;
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    id: service.id,
    type: service.type,
    isLease: lease !== null,
    addr: lease?.addr ?? null,
    server: lease?.server ?? null,
    plan: lease?.plan ?? null,
    usage: usage?.ok ? usageOf(usage.value, lease?.plan ?? null) : null,
    usageError: usage && !usage.ok ? usage.message : null,
  };
}
