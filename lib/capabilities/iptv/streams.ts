import "server-only";

import { fanOutConnections, type PerConnection } from "../core/connections";
import { iptvClient } from "./client";
import { mapStream } from "./mapping";
import type { IptvStream } from "./types";

/** streams/online and streams/offline on every IPTV connection, online first, then by name. */
export async function listStreams(teamId: string): Promise<PerConnection<IptvStream[]>[]> {
  return fanOutConnections(teamId, "iptv", async (opened) => {
    const client = iptvClient(opened);
    const connection = { id: opened.connection.id, label: opened.connection.label };
    const [online, offline] = await Promise.all([client.listOnlineStreams(), client.listOfflineStreams()]);
    return [...online.map((row) => mapStream(row, connection, true)), ...offline.map((row) => mapStream(row, connection, false))].sort(
      (a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name),
    );
  });
}
