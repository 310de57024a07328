import "server-only";

import { readAcross, withAdapter, type StartedRead } from "../core/connections";
import { requireRead } from "../core/require-feature";
import type { ServersAdapter } from "./adapter";
import { tasksForReader, type TaskReader } from "./task-rules";
import type { ReinstallOptions, ServerDetail, ServerSummary, ServerTasks, UsageGraph, UsageMonth } from "./types";

const serversFor = (adapter: ServersAdapter, reader: TaskReader) => adapter.list().then((servers) => servers.map((server) => tasksForReader(server, reader)));

/** Every connection's servers, started at once; the page streams each as it settles. */
export function startServerLists(teamId: string, reader: TaskReader): Promise<StartedRead<ServerSummary[]>[]> {
  return readAcross(teamId, "servers", (adapter) => serversFor(adapter, reader));
}

/** One connection's servers (the list's refresh). */
export function listConnectionServers(teamId: string, connectionId: string, reader: TaskReader): Promise<ServerSummary[]> {
  return withAdapter(teamId, connectionId, "servers", (adapter) => serversFor(adapter, reader));
}

/**
 * One server with everything its page shows, and what its provider offers (actions, sections). Not found for
 * another team's connection, a connection without servers, or an unknown server.
 */
export function getServerDetail(teamId: string, connectionId: string, serverId: string, reader: TaskReader): Promise<ServerDetail> {
  return withAdapter(teamId, connectionId, "servers", async (adapter) => ({
    ...tasksForReader(await adapter.get(serverId), reader),
    actions: [...(adapter.starter?.verbs ?? [])],
    features: { usageHistory: adapter.usageHistory !== undefined, usageGraphs: adapter.usageGraphs !== undefined },
  }));
}

/** A server's active and latest tasks; polled while a task runs. */
export function getServerTasks(teamId: string, connectionId: string, serverId: string, reader: TaskReader): Promise<ServerTasks> {
  return withAdapter(teamId, connectionId, "servers", async (adapter) => tasksForReader(await adapter.tasks(serverId), reader));
}

// The detail page's slower sections, each read on its own so one failing call only empties its own section.

export function getUsageHistory(teamId: string, connectionId: string, serverId: string): Promise<UsageMonth[]> {
  return withAdapter(teamId, connectionId, "servers", (adapter) => requireRead(adapter.usageHistory, "Usage history")(serverId));
}

/** Graph image links, valid for a few minutes: the page asks again before they expire. */
export function getUsageGraphs(teamId: string, connectionId: string, serverId: string, width: number): Promise<UsageGraph[]> {
  return withAdapter(teamId, connectionId, "servers", (adapter) => requireRead(adapter.usageGraphs, "Usage graphs")(serverId, width));
}

/** The OS templates this server may take and the account's init scripts, for the reinstall form. */
export function listReinstallOptions(teamId: string, connectionId: string, serverId: string): Promise<ReinstallOptions> {
  return withAdapter(teamId, connectionId, "servers", (adapter) => requireRead(adapter.reinstallOptions, "Reinstall options")(serverId));
}
