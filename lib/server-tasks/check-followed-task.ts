import { writeAudit } from "../audit/write";
import { openConnection } from "../connections/open-connection";
import { db } from "../db/client";
import { isProviderError } from "../providers/core/errors";
import type { ConnectionContext } from "../providers/core/types";
import { createTime4vpsClient, type Time4vpsCredentials } from "../providers/hostbill/time4vps-client";
import { taskLabel, taskState } from "../capabilities/servers/map-task";
import type { SendJob } from "../jobs/types";
export const FOLLOW_SERVER_TASK = "follow-server-task";

type Outcome = "running" | "done" | "failed" | "lost";

/** Seconds until the next look: 5, 10, 20, 40, then every minute. */
export const nextCheckAfterSeconds = (checks: number) => Math.min(60, 5 * 2 ** Math.min(checks, 4));

async function lookUp(teamId: string, connectionId: string, serverId: string, taskId: string): Promise<{ outcome: Outcome; name?: string }> {
  let opened;
  try {
    opened = await openConnection(teamId, connectionId);
  } catch (error) {
    if (error instanceof Error && error.name === "ActionError") return { outcome: "lost" };
    throw error;
  }
  if (opened.connection.kind !== "time4vps") return { outcome: "lost" };
  const client = createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>);
  try {
    const task = await client.getTaskResult({ server_id: serverId, task_id: taskId });
    const state = taskState(task);
    return { outcome: state === "done" || state === "failed" ? state : "running", name: task.name };
  } catch (error) {
    if (isProviderError(error) && error.kind === "not-found") return { outcome: "lost" };
    throw error;
  }
}

/**
 * One look at a followed task. Still running: look again later. Ended: the row records it and the audit
 * gets one row, whichever instance (or repeated job) saw the end first. A provider error throws, so the
 * queue retries.
 */
export async function checkFollowedTask(id: string, send: SendJob): Promise<Outcome | null> {
  const task = await db().followedTask.findUnique({ where: { id }, include: { team: { select: { name: true } }, connection: { select: { label: true } } } });
  if (!task || task.state !== "running") return null;
  const { outcome, name } = await lookUp(task.teamId, task.connectionId, task.serverId, task.taskId);
  const now = new Date();
  if (outcome === "running") {
    await db().followedTask.update({ where: { id }, data: { checkedAt: now, checks: { increment: 1 } } });
    await send(FOLLOW_SERVER_TASK, { id }, { startAfterSeconds: nextCheckAfterSeconds(task.checks + 1), singletonKey: id });
    return outcome;
  }
  const { count } = await db().followedTask.updateMany({
    where: { id, state: "running" },
    data: { state: outcome, checkedAt: now, finishedAt: now, checks: { increment: 1 } },
  });
  if (count === 1) {
    const label = name ? taskLabel(name) : "Task";
    const ending = outcome === "lost" ? "is no longer reported by the provider" : outcome === "done" ? "finished" : "failed";
    await writeAudit({
      action: "servers.task-ended",
      outcome: outcome === "done" ? "success" : "failure",
      actor: task.actorId && task.actorEmail ? { id: task.actorId, email: task.actorEmail, name: task.actorName ?? "" } : null,
      team: { id: task.teamId, name: task.team.name },
      connection: { id: task.connectionId, label: task.connection.label },
      target: task.target,
      message: `${label} (task ${task.taskId}, ${task.action}) ${ending}`,
      details: { taskId: task.taskId, state: outcome, startedAt: task.startedAt.toISOString() },
    });
  }
  return outcome;
}
