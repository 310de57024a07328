import "server-only";

import { withConnection } from "../core/connections";
import { serverClient } from "./client";
import { detailOf } from "./map-server";
import type { ServerDetail } from "./types";

/**
 * One server with everything its page shows: resources, OS, IPs with PTR, DNS servers, components, the
 * active task (the provider's own record, so it survives a reload) and the latest task of each kind.
 * Throws not-found for another team's connection or an unknown server.
 */
export async function getServerDetail(teamId: string, connectionId: string, serverId: string, options: { revealSecrets: boolean }): Promise<ServerDetail> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = serverClient(opened);
    const [details, additionalIps] = await Promise.all([
      client.getServer({ server_id: serverId }),
      client.listAdditionalIps({ server_id: serverId }).catch(() => []),
    ]);
    const ref = { connectionId, connectionLabel: opened.connection.label, serverId };
    return detailOf(ref, details, { additionalIps }, options);
  });
}
