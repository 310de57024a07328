import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

import type { SandboxEnv } from "../../core/faults";
import { broadcastOf, maskOf } from "../ipv4";
import { optionalParam } from "../params";
import { ownedSubnet, serverOf } from "./lookup";
import type { IpAction } from "./types";

function remoteAddress(c: Context<SandboxEnv>): string {
  try {
    const address = getConnInfo(c).remote.address;
    if (address) return address.replace(/^::ffff:/, "");
  } catch {
    // In-process requests (app.request) have no socket.
  }
  return "127.0.0.1";
}

/** get_client_ip */
export const getClientIp: IpAction = ({ c }) => ({ result: "OK", ip: remoteAddress(c) });

/** get_ip: the network an address lives in, and what it is used for. */
export const getIp: IpAction = ({ state, account, params }) => {
  const ip = optionalParam(params, "ip");
  const subnet = ownedSubnet(state, account, params, ip);
  const address = ip ?? "";
  const server = serverOf(state, address);
  const record = state.records.get(address);
  return {
    result: "OK",
    ip: address,
    network: subnet.network,
    mask: maskOf(subnet.prefix),
    prefix: subnet.prefix,
    gateway: subnet.gateway,
    broadcast: broadcastOf(subnet),
    vlan: subnet.vlan,
    location: subnet.location,
    server_id: server?.id ?? null,
    main: server?.mainIp === address ? 1 : 0,
    ipmi: server?.ipmiIp === address ? 1 : 0,
    description: record?.description ?? "",
    ptr: record?.ptr ?? "",
  };
};
