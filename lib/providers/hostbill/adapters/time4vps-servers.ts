import type { ServersAdapter, ServerTaskRequest } from "@/lib/capabilities/servers/adapter";
import { serverTaskVerbs, type ServerRef } from "@/lib/capabilities/servers/types";
import { fieldError, toFailureSummary } from "@/lib/errors/app-error";

import { isProviderError } from "../../core/errors";
import { uncached } from "../../core/read-cache/cached-client";
import type { ConnectionRef } from "../../core/types";
import type { Time4vpsClient } from "../time4vps-client";
import { detailOf, graphsOf, mapLastTasks, mapTask, reinstallOptionsOf, summaryOf, usageHistoryOf } from "./time4vps-server-mapping";

/** The provider's field names → the server forms'. */
const formFields: Record<string, string> = { ssh_key: "sshKey", ip_address: "ipAddress" };

async function send(client: Time4vpsClient, server_id: string, request: ServerTaskRequest): Promise<number> {
  switch (request.verb) {
    case "reboot":
      return client.rebootServer({ server_id });
    case "reset-password":
      return client.resetServerPassword({ server_id });
    case "flush-firewall":
      return client.flushFirewall({ server_id });
    case "reinstall":
      return client.reinstallServer({ server_id, os: request.os, script: request.script, ssh_key: request.sshKey });
    case "web-console":
      return client.launchWebConsole({ server_id, timeout: request.timeout, whitelabel: request.whitelabel });
    case "rename":
      return client.renameServer({ server_id, hostname: request.hostname });
    case "change-ptr":
      return client.changePtr({ server_id, ip_address: request.ipAddress, hostname: request.hostname });
    case "change-dns": {
      const [ns1 = "", ns2, ns3, ns4] = request.servers;
      return client.changeDnsServers({ server_id, ns1, ns2, ns3, ns4 });
    }
  }
}

/**
 * Time4VPS VPS servers. Every action is an asynchronous provider task; the server's details carry its active
 * task and the latest task of each kind. Reads go through the connection's read cache, where the details of a
 * server with a task in progress are task state (time4vps-read-policy.ts).
 */
export function time4vpsServersAdapter(client: Time4vpsClient, connection: ConnectionRef): ServersAdapter {
  const ref = (serverId: string): ServerRef => ({
    connectionId: connection.id,
    connectionLabel: connection.label,
    providerLabel: connection.kindLabel,
    serverId,
  });
  const details = (serverId: string) => client.getServer({ server_id: serverId });

  return {
    async task(serverId, taskId) {
      return mapTask(await uncached(client).getTaskResult({ server_id: serverId, task_id: taskId }));
    },

    async list() {
      const listed = await client.listServers();
      return Promise.all(
        listed.map(async (item) => {
          try {
            return summaryOf(ref(item.server_id), item, await details(item.server_id));
          } catch (error) {
            return summaryOf(ref(item.server_id), item, null, toFailureSummary(error, "servers list").message);
          }
        }),
      );
    },

    async get(serverId) {
      const [server, additionalIps] = await Promise.all([details(serverId), client.listAdditionalIps({ server_id: serverId }).catch(() => [])]);
      return detailOf(ref(serverId), server, additionalIps);
    },

    async tasks(serverId) {
      const server = await details(serverId);
      return {
        connectionId: connection.id,
        serverId,
        hostname: server.domain || `Server ${serverId}`,
        activeTask: server.active_task ? mapTask(server.active_task) : null,
        lastTasks: mapLastTasks(server.last_tasks),
        checkedAt: new Date().toISOString(),
      };
    },

    async usageHistory(serverId) {
      return usageHistoryOf(await client.getUsageHistory({ server_id: serverId }));
    },

    async usageGraphs(serverId, width) {
      return graphsOf(await client.getUsageGraphs({ server_id: serverId, width }));
    },

    async reinstallOptions(serverId) {
      const [oses, scripts] = await Promise.all([client.listOses({ server_id: serverId }), client.listInitScripts().catch(() => [])]);
      return reinstallOptionsOf(oses, scripts);
    },

    starter: {
      verbs: serverTaskVerbs,
      async start(serverId, request) {
        try {
          return String(await send(client, serverId, request));
        } catch (error) {
          if (isProviderError(error) && error.field) throw fieldError(formFields[error.field] ?? error.field, error.userMessage);
          throw error;
        }
      },
    },
  };
}
