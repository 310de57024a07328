import type { z } from "zod";

import { parseInput } from "../../core/input";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

const serverPath = (serverId: number) => `/server/${segment(serverId)}`;

/**
 * Server management. Actions are asynchronous: they answer `{task_id}` at once; follow it with
 * getTaskResult. Time4VPS runs one task per server: an action while `active_task` is set is refused
 * (a `conflict`).
 */
export function serverMethods(core: HostbillCore) {
  const action = async (path: string, body?: Record<string, unknown>) => (await core.post(path, s.taskStartedResponse, body)).task_id;

  return {
    listServers: async () => core.get("/server", s.serverListResponse),

    getServer: async (input: In<typeof s.serverIdInput>) => {
      const { server_id } = parseInput(s.serverIdInput, input);
      return core.get(serverPath(server_id), s.serverDetailsResponse);
    },

    /** By task id, or by task name (`server_reboot`…) for the latest task of that kind. */
    getTaskResult: async (input: In<typeof s.taskResultInput>) => {
      const { server_id, task_id } = parseInput(s.taskResultInput, input);
      return core.get(`${serverPath(server_id)}/task/${segment(task_id)}`, s.taskSchema);
    },

    rebootServer: async (input: In<typeof s.serverIdInput>) => {
      const { server_id } = parseInput(s.serverIdInput, input);
      return action(`${serverPath(server_id)}/reboot`);
    },

    /** Destroys all data and backups on the server. */
    reinstallServer: async (input: In<typeof s.reinstallInput>) => {
      const { server_id, os, script, ssh_key } = parseInput(s.reinstallInput, input);
      return action(`${serverPath(server_id)}/reinstall`, { os, script, ssh_key });
    },

    resetServerPassword: async (input: In<typeof s.serverIdInput>) => {
      const { server_id } = parseInput(s.serverIdInput, input);
      return action(`${serverPath(server_id)}/resetpassword`);
    },

    launchWebConsole: async (input: In<typeof s.webConsoleInput>) => {
      const { server_id, timeout, whitelabel } = parseInput(s.webConsoleInput, input);
      return action(`${serverPath(server_id)}/webconsole`, { timeout, whitelabel: whitelabel ? "true" : "false" });
    },

    renameServer: async (input: In<typeof s.renameInput>) => {
      const { server_id, hostname } = parseInput(s.renameInput, input);
      return action(`${serverPath(server_id)}/rename`, { hostname });
    },

    changePtr: async (input: In<typeof s.changePtrInput>) => {
      const { server_id, ip_address, hostname } = parseInput(s.changePtrInput, input);
      return action(`${serverPath(server_id)}/changeptr`, { ip_address, hostname });
    },

    flushFirewall: async (input: In<typeof s.serverIdInput>) => {
      const { server_id } = parseInput(s.serverIdInput, input);
      return action(`${serverPath(server_id)}/flushfirewall`);
    },

    changeDnsServers: async (input: In<typeof s.changeDnsInput>) => {
      const { server_id, ns1, ns2, ns3, ns4 } = parseInput(s.changeDnsInput, input);
      return action(`${serverPath(server_id)}/changedns`, { ns1, ns2: ns2 ?? "", ns3: ns3 ?? "", ns4: ns4 ?? "" });
    },

    listOses: async (input: In<typeof s.serverIdInput>) => {
      const { server_id } = parseInput(s.serverIdInput, input);
      return core.get(`${serverPath(server_id)}/oses`, s.osListResponse);
    },

    /** The document's shape is `[{ips: [...]}]`; this flattens it to the list of additional IPs (no PTRs: none documented). */
    listAdditionalIps: async (input: In<typeof s.serverIdInput>) => {
      const { server_id } = parseInput(s.serverIdInput, input);
      const groups = await core.get(`${serverPath(server_id)}/ips`, s.additionalIpsResponse);
      return groups.flatMap((group) => group.ips.map((ip) => ({ ip })));
    },

    /** Image links expire after 5–10 minutes: fetch them again rather than storing them. */
    getUsageGraphs: async (input: In<typeof s.graphsInput>) => {
      const { server_id, width } = parseInput(s.graphsInput, input);
      return core.get(`${serverPath(server_id)}/graphs/${segment(width)}`, s.usageGraphsResponse);
    },

    getUsageHistory: async (input: In<typeof s.serverIdInput>) => {
      const { server_id } = parseInput(s.serverIdInput, input);
      return core.get(`${serverPath(server_id)}/history`, s.usageHistoryResponse);
    },

    listInitScripts: async () => core.get("/scripts", s.initScriptListResponse),

    getInitScript: async (input: In<typeof s.scriptIdInput>) => {
      const { id } = parseInput(s.scriptIdInput, input);
      return core.get(`/scripts/${segment(id)}`, s.initScriptResponse);
    },
  };
}
