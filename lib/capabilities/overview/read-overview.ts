import "server-only";

import { todayYmd } from "../billing/invoice-rules";
import { readAll, type PerConnectionResult } from "../core/connections";
import { dueWithin, type DueItem } from "./due-soon";

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

/** Services and SSL certificates of every connection due (or expiring) within 30 days. */
export function readDueSoon(teamId: string): Promise<PerConnectionResult<DueItem[]>[]> {
  const today = todayYmd();
  return readAll(teamId, "services", async (adapter, connection) => {
    const [services, certificates] = await Promise.all([adapter.list(), adapter.certificates?.() ?? Promise.resolve([])]);
    return dueWithin(connection, services.rows, certificates, today);
  });
}

/** Servers of every connection with a task running or queued (the servers list already reads each server's state). */
export function readRunningTasks(teamId: string): Promise<PerConnectionResult<RunningTask[]>[]> {
  return readAll(teamId, "servers", async (adapter, connection) =>
    (await adapter.list()).flatMap((server): RunningTask[] =>
      server.activeTask
        ? [
            {
              connectionId: connection.id,
              connectionLabel: connection.label,
              serverId: server.serverId,
              server: server.label || server.hostname || `Server ${server.serverId}`,
              task: server.activeTask.label,
              activated: server.activeTask.activated ?? "",
              step: server.activeTask.state === "running" ? "running" : "queued",
            },
          ]
        : [],
    ),
  );
}
