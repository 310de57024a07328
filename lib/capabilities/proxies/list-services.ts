import "server-only";

import { isProviderError } from "../../providers/core/errors";
import { withConnection } from "../core/connections";
import { cachedCatalog } from "./catalog-cache";
import { mapService } from "./map";
import type { ProxyService } from "./types";
import { x4bClientOf } from "./x4b";

/** The services of one X4B connection of the team, with server, plan and this period's usage per lease. */
export async function listProxyServices(teamId: string, connectionId: string): Promise<ProxyService[]> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = x4bClientOf(opened);
    const [services, { servers: serverList, plans: planList }] = await Promise.all([client.listServices(), cachedCatalog(opened.connection.id, client)]);
    return Promise.all(
      services.map(async (service) => {
        const usage =
          service.type === "lease"
            ? await client.getServiceUsage({ lease: service.id }).then(
                (value) => ({ ok: true as const, value }),
                (error: unknown) => ({ ok: false as const, message: isProviderError(error) ? error.userMessage : "Usage could not be read." }),
              )
            : null;
        return mapService(opened.connection, service, serverList, planList, usage);
      }),
    );
  });
}
