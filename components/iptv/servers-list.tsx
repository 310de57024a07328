"use client";

import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { IptvServer } from "@/lib/capabilities/iptv/types";

import { answeredRows, NoRowsYet, PanelStatus } from "./panel-status";
import { useIptvLists } from "./use-iptv-lists";

/** Every panel's servers; each panel's rows appear as soon as it answers. */
export function ServersList({ lists }: { lists: StartedRead<IptvServer[]>[] }) {
  const { states } = useIptvLists(lists, "servers");
  const servers = answeredRows(states, (rows) => rows);
  return (
    <>
      <PanelStatus states={states} />
      {servers.length === 0 ? (
        <NoRowsYet states={states} label="Loading servers" empty={<EmptyState title="No servers">The panel reported no servers.</EmptyState>} />
      ) : (
        <ServersTable servers={servers} many={lists.length > 1} />
      )}
    </>
  );
}

function ServersTable({ servers, many }: { servers: IptvServer[]; many: boolean }) {
  return (
    <Card className="relative overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm" aria-label="Panel servers">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
          <tr>
            <th className="px-3 py-2">Server</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">IP</th>
            <th className="px-3 py-2">VPN IP</th>
            <th className="px-3 py-2 text-right">Clients</th>
            {many ? <th className="px-3 py-2">Panel</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {servers.map((server) => (
            <tr key={`${server.connectionId}:${server.id}`} data-testid="server-row">
              <td className="px-3 py-2">
                <Link href={`/iptv/servers/${server.connectionId}/${server.id}`} className="font-medium text-brand-600 hover:underline dark:text-brand-100">
                  {server.name}
                </Link>
                <span className="block text-xs text-slate-500">
                  {server.isMain ? "Main server" : "Load balancer"}
                  {server.domain ? ` · ${server.domain}` : ""}
                </span>
              </td>
              <td className="px-3 py-2">
                <Badge tone={server.online ? "good" : "bad"}>{server.online ? "online" : "offline"}</Badge>
              </td>
              <td className="px-3 py-2 font-mono">{server.ip}</td>
              <td className="px-3 py-2 font-mono">{server.vpnIp || "—"}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {server.onlineClients ?? "—"} / {server.totalClients ?? "—"}
              </td>
              {many ? <td className="px-3 py-2">{server.connectionLabel}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
