import "server-only";

import { withExclusiveClaim } from "../../db/exclusive-claim";
import { AppError, fieldError } from "../../errors/app-error";
import type { ConnectionRef } from "../../providers/core/types";
import { withAdapter } from "../core/connections";
import { requireChange } from "../core/require-feature";
import type { ServerTaskRequest } from "./adapter";
import { taskLabel } from "./task-label";
import { isActiveState } from "./task-rules";
import type { StartedTask } from "./types";

/**
 * Starts one server task at the provider. Reads the server's task state first: its host name for the audit
 * row (and the reinstall confirmation), and its active task, since a server runs one task at a time (the
 * provider refuses a second one anyway). Two starts at once on one server (two tabs, two instances) cannot both
 * pass that read: the start holds an exclusive claim on the server until the provider answered. `onServer`
 * receives what the audit row needs before the change.
 */
export async function startServerTask(
  teamId: string,
  target: { connectionId: string; serverId: string },
  request: ServerTaskRequest,
  onServer: (seen: { connection: ConnectionRef; hostname: string }) => void,
): Promise<StartedTask> {
  const claim = `server-task:${target.connectionId}:${target.serverId}`;
  const busy = () =>
    new AppError("conflict", "Another task is being started on this server right now. A server runs one task at a time; wait until it finishes.");
  return withExclusiveClaim(claim, START_LEASE_MS, busy, () =>
    withAdapter(teamId, target.connectionId, "servers", async (adapter, connection) => {
      const starter = requireChange(adapter.starter, connection, "cannot start server tasks through its API");
      const what = taskLabel(request.verb);
      if (!starter.verbs.includes(request.verb))
        throw new AppError("invalid-input", `${connection.label} (${connection.kindLabel}) does not offer “${what}” for its servers.`);

      const current = await adapter.tasks(target.serverId);
      onServer({ connection, hostname: current.hostname });
      if (current.activeTask && isActiveState(current.activeTask.state)) {
        throw new AppError(
          "conflict",
          `${current.hostname} is already running a task (${current.activeTask.label}). ${connection.kindLabel} runs one task per server; wait until it finishes.`,
        );
      }
      if (request.verb === "reinstall" && request.confirmHostname !== current.hostname) {
        throw fieldError("confirmHostname", "Type the server's current host name exactly to confirm");
      }

      const taskId = await starter.start(target.serverId, request);
      return { taskId, serverId: target.serverId, connectionId: target.connectionId };
    }),
  );
}

/** Longer than a provider call with its retries; a crashed start frees the server after this. */
const START_LEASE_MS = 60_000;
