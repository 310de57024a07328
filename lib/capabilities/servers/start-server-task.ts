import "server-only";

import { ActionError, fieldError } from "../../actions/result";
import { withExclusiveClaim } from "../../db/exclusive-claim";
import { isProviderError } from "../../providers/core/errors";
import { withConnection } from "../core/connections";
import { serverClient } from "./client";
import { taskLabel, taskState } from "./map-task";

export type ServerTaskRequest =
  | { verb: "reboot" | "reset-password" | "flush-firewall" }
  | { verb: "reinstall"; os: string; script?: string; sshKey?: string; confirmHostname: string }
  | { verb: "web-console"; timeout: "1h" | "3h" | "6h" | "12h" | "24h"; whitelabel: boolean }
  | { verb: "rename"; hostname: string }
  | { verb: "change-ptr"; ipAddress: string; hostname: string }
  | { verb: "change-dns"; servers: string[] };

export interface StartedTask {
  taskId: string;
  serverId: string;
  connectionId: string;
}

/**
 * Starts one server task at the provider. Reads the server first: its host name for the audit row (and
 * the reinstall confirmation), and its active task, since Time4VPS runs one task per server; the
 * provider refuses a second one anyway. Two starts at once on one server (two tabs, two instances) cannot both
 * pass that read: the start holds an exclusive claim on the server until the provider answered. `onServer`
 * receives what the audit row needs before the change.
 */
export async function startServerTask(
  teamId: string,
  target: { connectionId: string; serverId: string },
  request: ServerTaskRequest,
  onServer: (seen: { connection: { id: string; label: string }; hostname: string }) => void,
): Promise<StartedTask> {
  const claim = `server-task:${target.connectionId}:${target.serverId}`;
  const busy = () => new ActionError("conflict", "Another task is being started on this server right now. Time4VPS runs one task per server; wait until it finishes.");
  return withExclusiveClaim(claim, START_LEASE_MS, busy, () => withConnection(teamId, target.connectionId, async (opened) => {
    const client = serverClient(opened);
    const server_id = Number(target.serverId);
    const details = await client.getServer({ server_id });
    const hostname = details.domain || `server ${target.serverId}`;
    onServer({ connection: { id: opened.connection.id, label: opened.connection.label }, hostname });

    if (details.active_task && taskState(details.active_task) !== "done" && taskState(details.active_task) !== "failed") {
      throw new ActionError("conflict", `${hostname} is already running a task (${taskLabel(details.active_task.name)}). Time4VPS runs one task per server; wait until it finishes.`);
    }

    let taskId: number;
    try {
      taskId = await send(client, server_id, details.domain ?? "", request);
    } catch (error) {
      const field = isProviderError(error) && error.field ? (formFields[error.field] ?? error.field) : undefined;
      if (isProviderError(error) && field) throw fieldError(field, error.userMessage);
      throw error;
    }
    return { taskId: String(taskId), serverId: target.serverId, connectionId: target.connectionId };
  }));
}

/** Longer than a provider call with its retries; a crashed start frees the server after this. */
const START_LEASE_MS = 60_000;

/** The provider's field names → the form's. */
const formFields: Record<string, string> = { ssh_key: "sshKey", ip_address: "ipAddress" };

async function send(client: ReturnType<typeof serverClient>, server_id: number, currentHostname: string, request: ServerTaskRequest): Promise<number> {
  let taskId: number;
  switch (request.verb) {
    case "reboot":
      taskId = await client.rebootServer({ server_id });
      break;
    case "reset-password":
      taskId = await client.resetServerPassword({ server_id });
      break;
    case "flush-firewall":
      taskId = await client.flushFirewall({ server_id });
      break;
    case "reinstall":
      if (!currentHostname || request.confirmHostname !== currentHostname) {
        throw fieldError("confirmHostname", "Type the server's current host name exactly to confirm");
      }
      taskId = await client.reinstallServer({ server_id, os: request.os, script: request.script, ssh_key: request.sshKey });
      break;
    case "web-console":
      taskId = await client.launchWebConsole({ server_id, timeout: request.timeout, whitelabel: request.whitelabel });
      break;
    case "rename":
      taskId = await client.renameServer({ server_id, hostname: request.hostname });
      break;
    case "change-ptr":
      taskId = await client.changePtr({ server_id, ip_address: request.ipAddress, hostname: request.hostname });
      break;
    case "change-dns": {
      const [ns1 = "", ns2, ns3, ns4] = request.servers;
      taskId = await client.changeDnsServers({ server_id, ns1, ns2, ns3, ns4 });
      break;
    }
  }
  return taskId;
}
