import "server-only";

import { time4vpsTaskName } from "../../providers/hostbill/adapters/time4vps-server-mapping";
import { createTime4vpsClient, type Time4vpsCredentials } from "../../providers/hostbill/time4vps-client";
import type { ConnectionContext } from "../../providers/core/types";
import { fanOutConnections, type PerConnection } from "../core/connections";
import { taskLabel } from "../servers/task-label";
import { shortCached } from "./short-cache";

export interface RunningTask {
  connectionId: string;
  connectionLabel: string;
  serverId: string;
  server: string;
  task: string;
  /** As the provider wrote it. */
  activated: string;
  step: "queued" | "running";
}

/** Time4VPS servers (`GET /server`, then `GET /server/@id` each) whose `active_task` is set. */
export async function loadRunningTasks(teamId: string): Promise<PerConnection<RunningTask[]>[]> {
  // One call per server: kept 15 s so reloads of the overview do not spend the request budget.
  return shortCached(`running-tasks:${teamId}`, 15_000, () =>
    fanOutConnections(
      teamId,
      "servers",
      async (opened) => {
        const client = createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>);
        const servers = await client.listServers();
        const details = await Promise.all(servers.map(async (server) => ({ server, detail: await client.getServer({ server_id: server.server_id }) })));
        return details.flatMap(({ server, detail }): RunningTask[] => {
          const task = detail.active_task;
          if (!task) return [];
          return [
            {
              connectionId: opened.connection.id,
              connectionLabel: opened.connection.label,
              serverId: server.server_id,
              server: detail.label?.trim() || detail.domain?.trim() || server.domain?.trim() || `Server ${server.server_id}`,
              task: taskLabel(time4vpsTaskName(task.name)),
              activated: task.activated,
              step: task.assigned ? "running" : "queued",
            },
          ];
        });
      },
      { kinds: ["time4vps"] },
    ),
  );
}
