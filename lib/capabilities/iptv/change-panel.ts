import "server-only";

import type { z } from "zod";

import { withConnection } from "../core/connections";
import { iptvClient } from "./client";
import type { streamRefSchema, updateServerSchema } from "./schemas";

/** servers/update with the edit form's fields; the client and the panel both check the IPs. */
export function updatePanelServer(teamId: string, input: z.output<typeof updateServerSchema>) {
  return withConnection(teamId, input.connectionId, async (opened) => {
    const answer = await iptvClient(opened).updateServer({
      id: input.serverId,
      data: {
        server_name: input.server_name,
        domain_name: input.domain_name,
        server_ip: input.server_ip,
        vpn_ip: input.vpn_ip,
        http_broadcast_port: input.http_broadcast_port,
        total_clients: input.total_clients,
      },
    });
    return { name: answer.name, ip: answer["IP address"], connection: { id: opened.connection.id, label: opened.connection.label } };
  });
}

/** streams/start ((re)start) or streams/stop for one stream. */
export function runStreamCommand(teamId: string, command: "start" | "stop", input: z.output<typeof streamRefSchema>) {
  return withConnection(teamId, input.connectionId, async (opened) => {
    const client = iptvClient(opened);
    if (command === "start") await client.startStream({ id: input.streamId });
    else await client.stopStream({ id: input.streamId });
    return { id: input.streamId, connection: { id: opened.connection.id, label: opened.connection.label } };
  });
}
