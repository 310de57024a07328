import "server-only";

import { createTime4vpsClient, type Time4vpsCredentials } from "../../providers/hostbill/time4vps-client";
import type { ConnectionContext } from "../../providers/core/types";
import { fanOutConnections, type PerConnection } from "../core/connections";
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

const taskLabels: Record<string, string> = {
  server_reboot: "Reboot",
  server_recreate: "Reinstall",
  server_reset_password: "Password reset",
  server_web_console: "Web console",
  server_flush_iptables: "Firewall flush",
  server_rename: "Rename",
  server_change_ptr: "PTR change",
  server_change_dns: "Resolver change",
};

export const taskLabel = (name: string) => taskLabels[name] ?? name.replace(/^server_/, "").replace(/_/g, " ");

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
              task: taskLabel(task.name),
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
