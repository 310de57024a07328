import "server-only";

import { fanOutConnections, type PerConnection } from "../core/connections";
import { iptvClient } from "./client";
import { mapAdmin } from "./mapping";
import type { IptvAdmin } from "./types";

/** administrators/list on every IPTV connection. */
export async function listPanelAdmins(teamId: string): Promise<PerConnection<IptvAdmin[]>[]> {
  return fanOutConnections(teamId, "iptv", async (opened) => {
    const connection = { id: opened.connection.id, label: opened.connection.label };
    const rows = await iptvClient(opened).listAdministrators();
    return rows.map((row) => mapAdmin(row, connection)).sort((a, b) => a.username.localeCompare(b.username));
  });
}
