import type { X4bClient } from "../../providers/x4b/client";
import { mapPlan, mapServer } from "./map";
import type { ProxyPlan, ProxyServer } from "./types";

/**
 * Server and plan names change rarely, while X4B allows 60 calls a minute: the lease pages take names from a
 * short per-connection cache instead of two extra calls per view. The reference page always reads fresh.
 */
const TTL_MS = 5 * 60_000;
const entries = new Map<string, { at: number; servers: ProxyServer[]; plans: ProxyPlan[] }>();

export async function freshCatalog(connectionId: string, client: Pick<X4bClient, "listServers" | "listPlans">) {
  const [servers, plans] = await Promise.all([client.listServers(), client.listPlans()]);
  const entry = { at: Date.now(), servers: servers.map(mapServer), plans: plans.map(mapPlan) };
  entries.set(connectionId, entry);
  return { servers: entry.servers, plans: entry.plans };
}

export async function cachedCatalog(connectionId: string, client: Pick<X4bClient, "listServers" | "listPlans">) {
  const entry = entries.get(connectionId);
  if (entry && Date.now() - entry.at < TTL_MS) return { servers: entry.servers, plans: entry.plans };
  return freshCatalog(connectionId, client);
}
