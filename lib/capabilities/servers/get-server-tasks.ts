import "server-only";

import { withConnection } from "../core/connections";
import { serverClient } from "./client";
import { mapLastTasks, mapTask } from "./map-task";
import type { ServerTasks } from "./types";

/**
 * A server's active task and latest finished ones from one provider call (the details), which is what
 * pages poll while a task runs: HostBill counts every call against the account's request budget.
 */
export async function getServerTasks(teamId: string, connectionId: string, serverId: string, options: { revealSecrets: boolean }): Promise<ServerTasks> {
  return withConnection(teamId, connectionId, async (opened) => {
    const details = await serverClient(opened).getServer({ server_id: serverId });
    return {
      connectionId,
      serverId,
      hostname: details.domain || `Server ${serverId}`,
      activeTask: details.active_task ? mapTask(details.active_task, options) : null,
      lastTasks: mapLastTasks(details.last_tasks, options),
      checkedAt: new Date().toISOString(),
    };
  });
}
