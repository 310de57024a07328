import "server-only";

import { notFound } from "@/lib/errors/app-error";
import { isProviderError } from "../../providers/core/errors";
import { withConnection } from "../core/connections";
import { cachedCatalog } from "./catalog-cache";
import { mapPort, mapService } from "./map";
import type { ProxyPort, ProxyService } from "./types";
import { x4bClientOf } from "./x4b";

export interface LeaseDetail {
  connection: { id: string; label: string };
  lease: ProxyService;
  ports: ProxyPort[];
}

/** One lease of a team's X4B connection with its ports; another team's connection or lease is not found. */
export async function getProxyLease(teamId: string, connectionId: string, leaseId: number): Promise<LeaseDetail> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = x4bClientOf(opened);
    const [services, { servers, plans }] = await Promise.all([client.listServices(), cachedCatalog(opened.connection.id, client)]);
    const service = services.find((s) => s.id === leaseId && s.type === "lease");
    if (!service) throw notFound("This lease");
    const [usage, ports] = await Promise.all([
      client.getServiceUsage({ lease: leaseId }).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, message: isProviderError(error) ? error.userMessage : "Usage could not be read." }),
      ),
      client.listPorts({ lease: leaseId }),
    ]);
    const connection = { id: opened.connection.id, label: opened.connection.label };
    return { connection, lease: mapService(connection, service, servers, plans, usage), ports: ports.map(mapPort) };
  });
}
