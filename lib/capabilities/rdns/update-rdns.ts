import "server-only";

import { noProgress, type Progress } from "../../actions/idempotency";
import { isProviderError } from "../../providers/core/errors";
import { withConnection } from "../core/connections";
import { rdnsClientOf, type RdnsClient } from "./clients";
import type { RdnsChange, RdnsChangeResult } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Time4VPS runs one task per server: before the next PTR change on a server, wait for the previous one. */
async function waitForTask(rdns: Extract<RdnsClient, { kind: "time4vps" }>, serverId: string, taskId: number, deadlineMs = 20_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const task = await rdns.client.getTaskResult({ server_id: serverId, task_id: taskId });
    if (task.completed) return;
    await sleep(1_000);
  }
}

/** One PTR change on one connection; the text says what happened (Time4VPS: a task was started). */
export async function applyPtr(rdns: RdnsClient, change: RdnsChange, pendingTasks: Map<string, number>): Promise<string> {
  switch (rdns.kind) {
    case "time4vps": {
      if (!change.ref) throw new Error("A Time4VPS PTR change needs the server id");
      const previous = pendingTasks.get(change.ref);
      if (previous !== undefined) await waitForTask(rdns, change.ref, previous);
      const taskId = await rdns.client.changePtr({ server_id: change.ref, ip_address: change.ip, hostname: change.hostname });
      pendingTasks.set(change.ref, taskId);
      return `PTR change started on the server (task #${taskId})`;
    }
    case "xsserver": {
      if (!change.ref) throw new Error("An XSServer rDNS change needs the service id");
      await rdns.client.updateReverseDns({ serviceId: Number(change.ref), entries: { [change.ip]: change.hostname } });
      return `PTR set to ${change.hostname}`;
    }
    case "ipmodule": {
      let serverId = change.ref ? Number(change.ref) : undefined;
      if (!serverId) {
        const info = await rdns.client.getIp({ ip: change.ip });
        if (!info.server_id) throw new RdnsRefusal(`${change.ip} is not assigned to a server`);
        serverId = info.server_id;
      }
      const updated = await rdns.client.updatePtr({ id: serverId, ip: change.ip, ptr: change.hostname });
      return `PTR set to ${updated.ptr || change.hostname}`;
    }
  }
}

/** An expected refusal found by Hostdeck itself (not a provider answer). */
export class RdnsRefusal extends Error {}

/**
 * Applies many PTR changes, one upstream call each, grouped by connection and in order; every address gets its
 * own result, and one failure never stops the others. `onEach` runs after every change (the action audits there).
 */
export async function applyPtrChanges(
  teamId: string,
  changes: readonly RdnsChange[],
  onEach: (result: RdnsChangeResult, connection: { id: string; label: string } | undefined) => Promise<void>,
  /** Each address is recorded as it starts and completes; addresses an interrupted earlier submission finished are skipped. */
  progress: Progress = noProgress,
): Promise<RdnsChangeResult[]> {
  const results: RdnsChangeResult[] = [];
  const byConnection = new Map<string, RdnsChange[]>();
  for (const change of changes) byConnection.set(change.connectionId, [...(byConnection.get(change.connectionId) ?? []), change]);
  for (const [connectionId, group] of byConnection) {
    const pendingTasks = new Map<string, number>();
    try {
      await withConnection(teamId, connectionId, async (opened) => {
        const rdns = rdnsClientOf(opened);
        for (const change of group) {
          let result: RdnsChangeResult;
          const item = `${connectionId} ${change.ip} → ${change.hostname}`;
          if (progress.previous(item)?.state === "done") {
            result = { ip: change.ip, connectionId, ok: true, message: "Set by an earlier submission that was interrupted; not sent again." };
            await progress.done(item);
            results.push(result);
            await onEach(result, opened.connection);
            continue;
          }
          await progress.start(item);
          try {
            result = { ip: change.ip, connectionId, ok: true, message: await applyPtr(rdns, change, pendingTasks) };
            await progress.done(item);
          } catch (error) {
            if (!isProviderError(error) && !(error instanceof RdnsRefusal)) throw error;
            result = { ip: change.ip, connectionId, ok: false, message: isProviderError(error) ? error.userMessage : error.message };
            await progress.failed(item, result.message);
          }
          results.push(result);
          await onEach(result, opened.connection);
        }
      });
    } catch (error) {
      // The connection itself failed (not found for this team, or a bug): every remaining address reports it.
      const message = error instanceof Error && "code" in error && error.code === "not-found" ? "This connection was not found" : "The change could not be made on this connection";
      if (!(error instanceof Error && "code" in error)) console.error("[rdns bulk]", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
      for (const change of group.filter((item) => !results.some((result) => result.ip === item.ip && result.connectionId === connectionId))) {
        const result = { ip: change.ip, connectionId, ok: false, message };
        results.push(result);
        await onEach(result, undefined);
      }
    }
  }
  return results;
}
