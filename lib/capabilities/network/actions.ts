"use server";

import { teamAction } from "@/lib/actions/define-action";

import { setMainSchema } from "./action-schemas";
import { setMainIp } from "./change-network";

/** Makes an address the server's main IPv4: admins only, confirmed by typing the address. */
export const setMainIpAction = teamAction({
  name: "network.set-main-ip",
  permission: "resources:destroy",
  input: setMainSchema,
  async run({ connectionId, serverId, ip }, { team, audit }) {
    audit.target = `server #${serverId}: main IP → ${ip}`;
    const { connection, value } = await setMainIp(team.id, { connectionId, serverId, ip });
    audit.connection = connection;
    return value;
  },
});
