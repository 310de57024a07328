import type { ReinstallOptions, ServerDetail, ServerSummary, ServerTask, ServerTasks, ServerTaskVerb, UsageGraph, UsageMonth } from "./types";

/** One task to start on a server, with what the verb needs. */
export type ServerTaskRequest =
  | { verb: "reboot" | "reset-password" | "flush-firewall" }
  | { verb: "reinstall"; os: string; script?: string; sshKey?: string; confirmHostname: string }
  | { verb: "web-console"; timeout: "1h" | "3h" | "6h" | "12h" | "24h"; whitelabel: boolean }
  | { verb: "rename"; hostname: string }
  | { verb: "change-ptr"; ipAddress: string; hostname: string }
  | { verb: "change-dns"; servers: string[] };

/** How a kind starts server tasks at its provider. */
export interface TaskStarter {
  /** The verbs this kind offers; the page shows only these. */
  verbs: readonly ServerTaskVerb[];
  /**
   * Starts one task and answers the provider's task id. A provider refusal naming one of its fields comes back
   * as a field error named after the form's field.
   */
  start(serverId: string, request: ServerTaskRequest): Promise<string>;
}

/**
 * What a provider kind implements to manage servers (lib/providers/<kind>/adapters/). Provider-neutral: VPS
 * and dedicated servers alike. Tasks come back with their results unmasked; the domain layer masks them per
 * reader. The optional members are what only some kinds can do.
 */
export interface ServersAdapter {
  /** The account's servers with resources and active task; a server whose details fail keeps its row, with the reason. */
  list(): Promise<ServerSummary[]>;
  /** One server with everything its page shows; not-found for an id the account does not have. */
  get(serverId: string): Promise<Omit<ServerDetail, "actions" | "features">>;
  /** A server's active and latest tasks: read as task state, so every poller of one moment shares one provider call. */
  tasks(serverId: string): Promise<ServerTasks>;
  /**
   * One task by the id its start answered, asked of the provider now (the follow-up job's look, seconds apart:
   * no cache to share); not-found once the provider forgot it.
   */
  task(serverId: string, taskId: string): Promise<ServerTask>;
  usageHistory?(serverId: string): Promise<UsageMonth[]>;
  /** Graph image links; they expire within minutes, so the page asks again. */
  usageGraphs?(serverId: string, width: number): Promise<UsageGraph[]>;
  /** The operating systems this server may take and the account's init scripts, for the reinstall form. */
  reinstallOptions?(serverId: string): Promise<ReinstallOptions>;
  starter?: TaskStarter;
}
