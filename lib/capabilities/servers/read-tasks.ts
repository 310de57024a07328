import "server-only";

import { readAcross, withAdapter, type StartedRead } from "../core/connections";
import type { ServersAdapter } from "./adapter";
import { sortTasks, tasksForReader, type TaskReader } from "./task-rules";
import type { ConnectionTasks, TaskRow } from "./types";

/**
 * One connection's running and recent tasks: each server's active task and the latest task of each kind it
 * reports. Every server is read at once (the connection's budget does the limiting); the servers list has
 * already read each server's details, so the task reads are answered by the read cache.
 */
async function connectionTasks(adapter: ServersAdapter, reader: TaskReader): Promise<ConnectionTasks> {
  const servers = await adapter.list();
  const perServer = await Promise.all(
    servers.map(async (server): Promise<TaskRow[]> => {
      const { activeTask, lastTasks } = tasksForReader(await adapter.tasks(server.serverId), reader);
      const ref = {
        connectionId: server.connectionId,
        connectionLabel: server.connectionLabel,
        providerLabel: server.providerLabel,
        serverId: server.serverId,
        hostname: server.hostname,
      };
      const active = activeTask ? [activeTask] : [];
      const finished = lastTasks.filter((task) => !active.some((a) => a.id !== null && a.id === task.id));
      return [...active, ...finished].map((task) => ({ ...ref, task }));
    }),
  );
  return { rows: sortTasks(perServer.flat()), checkedAt: new Date().toISOString() };
}

/** Every connection's tasks, started at once across connections; the Tasks page streams each as it settles. */
export function startTaskLists(teamId: string, reader: TaskReader): Promise<StartedRead<ConnectionTasks>[]> {
  return readAcross(teamId, "servers", (adapter) => connectionTasks(adapter, reader));
}

/** One connection's tasks (the Tasks page's refresh). */
export function listConnectionTasks(teamId: string, connectionId: string, reader: TaskReader): Promise<ConnectionTasks> {
  return withAdapter(teamId, connectionId, "servers", (adapter) => connectionTasks(adapter, reader));
}
