"use server";

import { teamAction } from "@/lib/actions/define-action";
import { setMainSchema } from "@/lib/capabilities/network/action-schemas";
import { setMainIp } from "@/lib/capabilities/network/read-network";

/** Makes an address the server's main IPv4 (ip.php set_main): admins only, confirmed by typing the address. */
export const setMainIpAction = teamAction({
  name: "network.set-main-ip",
  permission: "resources:destroy",
  input: setMainSchema,
  async run({ connectionId, serverId, ip }, { team, audit }) {
    audit.target = `server #${serverId}: main IP → ${ip}`;
    const { connection, result } = await setMainIp(team.id, connectionId, serverId, ip);
    audit.connection = { id: connection.id, label: connection.label };
    return { serverId: String(result.id), ip: result.ip };
  },
});
