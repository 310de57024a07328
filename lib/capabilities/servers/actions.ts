"use server";

import type { z } from "zod";

import { teamAction, type TeamActionContext } from "@/lib/actions/define-action";
import type { Permission } from "@/lib/auth/permissions";
import { followServerTask } from "@/lib/server-tasks/follow-task";

import type { ServerTaskRequest } from "./adapter";
import { startServerTask } from "./start-server-task";
import { changePtrInput, dnsServersInput, reinstallInput, renameInput, serverRefInput, webConsoleInput } from "./validators";

type Ref = z.output<typeof serverRefInput>;

/**
 * Every server action starts one provider task; the audit row names the server and the task id, and a
 * background job follows the task to its end (lib/server-tasks).
 */
function serverTask<S extends z.ZodType<Ref>>(name: string, permission: Permission, input: S, request: (input: z.output<S>) => ServerTaskRequest) {
  return teamAction({
    name: `servers.${name}`,
    permission,
    input,
    async run(parsed: z.output<S>, { user, team, audit }: TeamActionContext) {
      audit.target = `server ${parsed.serverId}`;
      const started = await startServerTask(team.id, parsed, request(parsed), ({ connection, hostname }) => {
        audit.connection = connection;
        audit.target = `${hostname} (server ${parsed.serverId})`;
      });
      audit.message = `Task ${started.taskId} started`;
      await followServerTask({ ...started, teamId: team.id, action: `servers.${name}`, target: audit.target, actor: user });
      return started;
    },
  });
}

export const rebootServerAction = serverTask("reboot", "resources:change", serverRefInput, () => ({ verb: "reboot" }));

export const resetServerPasswordAction = serverTask("reset-password", "resources:change", serverRefInput, () => ({ verb: "reset-password" }));

export const flushServerFirewallAction = serverTask("flush-firewall", "resources:change", serverRefInput, () => ({ verb: "flush-firewall" }));

export const launchWebConsoleAction = serverTask("web-console", "resources:change", webConsoleInput, (input) => ({
  verb: "web-console",
  timeout: input.timeout,
  whitelabel: input.whitelabel,
}));

export const renameServerAction = serverTask("rename", "resources:change", renameInput, (input) => ({ verb: "rename", hostname: input.hostname }));

export const changeServerPtrAction = serverTask("change-ptr", "resources:change", changePtrInput, (input) => ({
  verb: "change-ptr",
  ipAddress: input.ipAddress,
  hostname: input.hostname,
}));

export const changeServerDnsAction = serverTask("change-dns", "resources:change", dnsServersInput, (input) => ({ verb: "change-dns", servers: input.servers }));

/** Destroys the server's data and backups: admins only, and the host name typed to confirm. */
export const reinstallServerAction = serverTask("reinstall", "resources:destroy", reinstallInput, (input) => ({
  verb: "reinstall",
  os: input.os,
  script: input.script,
  sshKey: input.sshKey,
  confirmHostname: input.confirmHostname,
}));
