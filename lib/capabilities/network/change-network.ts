import "server-only";

import type { ConnectionRef } from "../../providers/core/types";
import { withAdapter } from "../core/connections";
import { requireChange } from "../core/require-feature";

/** Makes an address the server's main IPv4. Destructive: the server's addressing changes. */
export function setMainIp(
  teamId: string,
  input: { connectionId: string; serverId: number; ip: string },
): Promise<{ connection: ConnectionRef; value: { serverId: string; ip: string } }> {
  return withAdapter(teamId, input.connectionId, "network", async (network, connection) => ({
    connection,
    value: await requireChange(network.setMainIp, connection, "cannot set a server's main IP")(input.serverId, input.ip),
  }));
}
