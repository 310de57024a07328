import type { RdnsAdapter } from "@/lib/capabilities/rdns/adapter";
import { AppError } from "@/lib/errors/app-error";

import type { Time4vpsClient } from "../time4vps-client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a PTR change waits for the server's previous task before trying anyway (the provider then says why). */
const TASK_WAIT_MS = 20_000;

/**
 * Time4VPS reverse DNS: the PTRs of each server's additional IPs (the main IP's PTR cannot be changed through
 * the API). Each change is a server task, and a server runs one task at a time.
 */
export function time4vpsRdnsAdapter(client: Time4vpsClient): RdnsAdapter {
  async function waitForTask(serverId: string, taskId: number): Promise<void> {
    const until = Date.now() + TASK_WAIT_MS;
    while (Date.now() < until) {
      const task = await client.getTaskResult({ server_id: serverId, task_id: taskId });
      if (task.completed) return;
      await sleep(1_000);
    }
  }

  return {
    listNote: "Time4VPS changes the PTR of additional IPs only, and documents no way to read one: current PTRs show as unknown.",

    async list() {
      const servers = await client.listServers();
      const lists = await Promise.all(
        servers.map(async (server) => {
          const ips = await client.listAdditionalIps({ server_id: server.server_id });
          return ips.map((ip) => ({ ref: server.server_id, refLabel: server.domain || `Server #${server.server_id}`, ip: ip.ip, ptr: null }));
        }),
      );
      return lists.flat();
    },

    ptrWriter() {
      // Per server, the task of this batch's previous change on it.
      const pendingTasks = new Map<string, number>();
      return async (change) => {
        if (!change.ref) throw new AppError("invalid-input", `${change.ip} is not an additional IP of a listed server`);
        const previous = pendingTasks.get(change.ref);
        if (previous !== undefined) await waitForTask(change.ref, previous);
        const taskId = await client.changePtr({ server_id: change.ref, ip_address: change.ip, hostname: change.hostname });
        pendingTasks.set(change.ref, taskId);
        return `PTR change started on the server (task #${taskId})`;
      };
    },
  };
}
