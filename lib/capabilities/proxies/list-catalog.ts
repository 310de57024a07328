import "server-only";

import { withConnection } from "../core/connections";
import { freshCatalog } from "./catalog-cache";
import type { ProxyPlan, ProxyServer } from "./types";
import { x4bClientOf } from "./x4b";

export interface ProxyCatalog {
  servers: ProxyServer[];
  plans: ProxyPlan[];
}

/** Proxy locations and plans of one X4B connection of the team (reference tables). */
export async function getProxyCatalog(teamId: string, connectionId: string): Promise<ProxyCatalog> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = x4bClientOf(opened);
    return freshCatalog(opened.connection.id, client);
  });
}
