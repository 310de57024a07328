import "server-only";

import { withConnection } from "../core/connections";
import { describeFailure, mapLimited, serverClient } from "./client";
import { serverConnections } from "./list-servers";
import { mapLastTasks, mapTask, sortTasks } from "./map-task";
import type { ConnectionFailure, TeamTasks } from "./types";

/**
 * Every running and recent task across the team's server connections: the active task and the latest
 * task of each kind that each server reports. A failing connection is one failure row; the others list.
 */
export async function listTeamTasks(teamId: string, options: { revealSecrets: boolean }): Promise<TeamTasks> {
  const connections = await serverConnections(teamId);
  const perConnection = await Promise.all(
    connections.map(async (connection) => {
      try {
        return await withConnection(teamId, connection.id, async (opened) => {
          const client = serverClient(opened);
          const servers = await client.listServers();
          const rows = await mapLimited(servers, 4, async (server) => {
            const details = await client.getServer({ server_id: server.server_id });
            const ref = { connectionId: connection.id, connectionLabel: connection.label, serverId: server.server_id, hostname: details.domain || server.domain || `Server ${server.server_id}` };
            const active = details.active_task ? [mapTask(details.active_task, options)] : [];
            const finished = mapLastTasks(details.last_tasks, options).filter((task) => !active.some((a) => a.id !== null && a.id === task.id));
            return [...active, ...finished].map((task) => ({ ...ref, task }));
          });
          return { ok: true as const, rows: rows.flat() };
        });
      } catch (error) {
        const failure: ConnectionFailure = { connectionId: connection.id, label: connection.label, kindLabel: connection.kindLabel, message: describeFailure(error).message };
        return { ok: false as const, failure };
      }
    }),
  );
  return {
    rows: sortTasks(perConnection.flatMap((item) => (item.ok ? item.rows : []))),
    failures: perConnection.flatMap((item) => (item.ok ? [] : [item.failure])),
    checkedAt: new Date().toISOString(),
  };
}
