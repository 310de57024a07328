import "server-only";

import { fanOutConnections, withConnection, type PerConnection } from "../core/connections";
import { iptvClient } from "./client";
import { mapServer } from "./mapping";
import type { IptvServer } from "./types";

/** servers/list on every IPTV connection: main server first. */
export async function listPanelServers(teamId: string): Promise<PerConnection<IptvServer[]>[]> {
  return fanOutConnections(teamId, "iptv", async (opened) => {
    const connection = { id: opened.connection.id, label: opened.connection.label };
    const rows = await iptvClient(opened).listServers();
    return rows.map((row) => mapServer(row, connection)).sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.name.localeCompare(b.name));
  });
}

/** servers/view of one server. */
export async function getPanelServer(teamId: string, connectionId: string, id: number): Promise<IptvServer> {
  return withConnection(teamId, connectionId, async (opened) => {
    const row = await iptvClient(opened).viewServer({ id });
    return mapServer(row, { id: opened.connection.id, label: opened.connection.label });
  });
}
