import "server-only";

import { withConnection } from "../core/connections";
import { rdnsClientOf, type RdnsClient } from "./clients";
import type { RdnsEntry } from "./types";
import { discoverXsserverServices } from "./xsserver-services";

export interface ConnectionRdns {
  /** ip.php cannot list addresses: it is looked up one address at a time. */
  lookupOnly: boolean;
  entries: RdnsEntry[];
}

/** Every address whose PTR this connection can change, with its current PTR. */
export async function readRdns(connection: { id: string; label: string }, rdns: RdnsClient): Promise<ConnectionRdns> {
  const base = { connectionId: connection.id, connectionLabel: connection.label };
  switch (rdns.kind) {
    case "time4vps": {
      // Time4VPS changes the PTR of additional IPs only (a server task each), and documents no way to read one.
      const servers = await rdns.client.listServers();
      const lists = await Promise.all(
        servers.map(async (server) => {
          const ips = await rdns.client.listAdditionalIps({ server_id: server.server_id });
          return ips.map((ip): RdnsEntry => ({ ...base, kind: "time4vps", ref: server.server_id, refLabel: server.domain || `Server #${server.server_id}`, ip: ip.ip, ptr: null }));
        }),
      );
      return { lookupOnly: false, entries: lists.flat() };
    }
    case "xsserver": {
      const services = await discoverXsserverServices(connection.id, rdns.client);
      const lists = await Promise.all(
        services.map(async (service) => {
          const entries = await rdns.client.getReverseDns({ serviceId: Number(service.id) });
          return entries.map((entry): RdnsEntry => ({ ...base, kind: "xsserver", ref: service.id, refLabel: service.label || `Service #${service.id}`, ip: entry.ipaddress, ptr: entry.hostname }));
        }),
      );
      return { lookupOnly: false, entries: lists.flat() };
    }
    case "ipmodule":
      return { lookupOnly: true, entries: [] };
  }
}

export function listRdns(teamId: string, connectionId: string): Promise<ConnectionRdns> {
  return withConnection(teamId, connectionId, (opened) => readRdns(opened.connection, rdnsClientOf(opened)));
}

/** ip.php: one address, its server and PTR (get_ip, then get_ptr). */
export async function lookupIpmodulePtr(connection: { id: string; label: string }, rdns: RdnsClient, ip: string): Promise<RdnsEntry> {
  if (rdns.kind !== "ipmodule") throw new Error("lookupIpmodulePtr needs an ip.php connection");
  const info = await rdns.client.getIp({ ip });
  const serverId = info.server_id;
  const ptr = serverId ? (await rdns.client.getPtr({ id: serverId, ip: info.ip })).ptr : (info.ptr ?? "");
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    kind: "ipmodule",
    ref: serverId ? String(serverId) : "",
    refLabel: serverId ? `Server #${serverId}${info.location ? ` · ${info.location}` : ""}` : "Not assigned to a server",
    ip: info.ip,
    ptr,
  };
}

export function lookupPtr(teamId: string, connectionId: string, ip: string): Promise<RdnsEntry> {
  return withConnection(teamId, connectionId, (opened) => lookupIpmodulePtr(opened.connection, rdnsClientOf(opened), ip));
}
