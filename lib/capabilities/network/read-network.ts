import "server-only";

import { notFound } from "@/lib/errors/app-error";
import type { OpenedConnection } from "../../connections/open-connection";
import type { ConnectionContext } from "../../providers/core/types";
import { createIpmoduleClient, type IpmoduleClient } from "../../providers/ipmodule/client";
import type { IpmoduleCredentials } from "../../providers/ipmodule/definition";
import { withConnection } from "../core/connections";
import { bucketTraffic, type TrafficReport } from "./traffic";

export function ipmoduleOf(opened: OpenedConnection): IpmoduleClient {
  if (opened.connection.kind !== "ipmodule") throw notFound("This network connection");
  return createIpmoduleClient(opened.context as ConnectionContext<IpmoduleCredentials>);
}

export interface IpDetails {
  ip: string;
  network: string;
  mask: string;
  gateway: string;
  prefix?: number;
  broadcast?: string;
  vlan?: number | null;
  location?: string;
  serverId?: number | null;
  main?: boolean;
  ipmi?: boolean;
  description?: string | null;
  ptr?: string | null;
}

export async function readIpDetails(client: IpmoduleClient, ip: string): Promise<IpDetails> {
  const info = await client.getIp({ ip });
  return {
    ip: info.ip,
    network: info.network,
    mask: info.mask,
    gateway: info.gateway,
    prefix: info.prefix,
    broadcast: info.broadcast,
    vlan: info.vlan,
    location: info.location,
    serverId: info.server_id,
    main: info.main,
    ipmi: info.ipmi,
    description: info.description,
    ptr: info.ptr,
  };
}

/** Summary (GB in/out) and the detailed points of one address over a period, both from get_traffic. */
export async function readTraffic(client: IpmoduleClient, ip: string, from: number, to: number): Promise<TrafficReport> {
  const [summary, detail] = await Promise.all([
    client.getTraffic({ ip, periodStart: from, periodStop: to, summary: true }),
    client.getTraffic({ ip, periodStart: from, periodStop: to, summary: false }),
  ]);
  return { ip: summary.ip, from, to, summary: { inGb: summary.in, outGb: summary.out }, ...bucketTraffic(detail.data, from, to) };
}

export const getClientIp = (teamId: string, connectionId: string) =>
  withConnection(teamId, connectionId, async (opened) => (await ipmoduleOf(opened).getClientIp()).ip);

export const lookupIp = (teamId: string, connectionId: string, ip: string) => withConnection(teamId, connectionId, (opened) => readIpDetails(ipmoduleOf(opened), ip));

export const listFreeIps = (teamId: string, connectionId: string, location: string, excludeSpecial: boolean) =>
  withConnection(teamId, connectionId, async (opened) => {
    const result = await ipmoduleOf(opened).listFreeIp({ location, excludeSpecial });
    return { location: ("location" in result && typeof result.location === "string" ? result.location : undefined) ?? location, ips: result.ips };
  });

export const getTraffic = (teamId: string, connectionId: string, ip: string, from: number, to: number) =>
  withConnection(teamId, connectionId, (opened) => readTraffic(ipmoduleOf(opened), ip, from, to));

/** set_main: the address becomes the server's main IPv4. Destructive (the server's addressing changes). */
export const setMainIp = (teamId: string, connectionId: string, serverId: number, ip: string) =>
  withConnection(teamId, connectionId, async (opened) => ({ connection: opened.connection, result: await ipmoduleOf(opened).setMain({ id: serverId, ip, main: 1 }) }));
