import type { X4bAcl, X4bPlan, X4bPort, X4bServer, X4bService, X4bUsage } from "../../providers/x4b/schemas";
import type { AclRule, ProxyPlan, ProxyPort, ProxyServer, ProxyService, ProxyUsage } from "./types";

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

export function mapService(
  connection: { id: string; label: string },
  service: X4bService,
  servers: readonly ProxyServer[],
  plans: readonly ProxyPlan[],
  usage: { ok: true; value: X4bUsage } | { ok: false; message: string } | null,
): ProxyService {
  const data = service.type === "lease" ? (service as Extract<X4bService, { type: "lease" }>).data : null;
  const isLease = data !== null && typeof data === "object" && "addr" in data;
  const lease = isLease ? (data as { addr: string; server: number; plan: number }) : null;
  const server = lease ? servers.find((s) => s.id === lease.server) : undefined;
  const plan = lease ? (plans.find((p) => p.id === lease.plan) ?? null) : null;
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    id: service.id,
    type: service.type,
    isLease,
    addr: lease?.addr ?? null,
    server: lease ? (server ? { id: server.id, name: server.name, flag: server.flag } : { id: lease.server, name: `Server ${lease.server}`, flag: "" }) : null,
    plan: lease ? (plan ?? { id: lease.plan, name: `Plan ${lease.plan}`, gb: 0, bill: "" }) : null,
    usage: usage?.ok ? usageOf(usage.value, plan) : null,
    usageError: usage && !usage.ok ? usage.message : null,
  };
}
