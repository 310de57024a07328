import "server-only";

import { capableConnections, withConnection, type ConnectionRef } from "../core/connections";
import { describeFailure, mapLimited, serverClient, serverKinds } from "./client";
import { summaryOf } from "./map-server";
import type { ServerSummary } from "./types";

export type ConnectionServers = { connection: ConnectionRef; ok: true; servers: ServerSummary[] } | { connection: ConnectionRef; ok: false; error: { kind: string; message: string } };

/** The team's connections that manage servers, for one section per connection on the page. */
export function serverConnections(teamId: string): Promise<ConnectionRef[]> {
  return capableConnections(teamId, "servers", serverKinds);
}

/**
 * One connection's servers with their resources and active task (a details call per server, four at a
 * time). A server whose details fail still shows, with the reason; a failing connection is one error row.
 */
export async function listConnectionServers(teamId: string, connection: ConnectionRef, options: { revealSecrets: boolean }): Promise<ConnectionServers> {
  try {
    const servers = await withConnection(teamId, connection.id, async (opened) => {
      const client = serverClient(opened);
      const listed = await client.listServers();
      return mapLimited(listed, 4, async (item) => {
        const ref = { connectionId: connection.id, connectionLabel: connection.label, serverId: item.server_id };
        try {
          return summaryOf(ref, item, await client.getServer({ server_id: item.server_id }), options);
        } catch (error) {
          return summaryOf(ref, item, null, { ...options, detailError: describeFailure(error).message });
        }
      });
    });
    return { connection, ok: true, servers };
  } catch (error) {
    return { connection, ok: false, error: describeFailure(error) };
  }
}
