import { writeAudit } from "../audit/write";
import { withAdapter } from "../capabilities/core/connections";
import { db } from "../db/client";
import { toAppError } from "../errors/app-error";
import type { SendJob } from "../jobs/types";

export const FOLLOW_SERVER_TASK = "follow-server-task";

type Outcome = "running" | "done" | "failed" | "lost";

/** Seconds until the next look: 5, 10, 20, 40, then every minute. */
export const nextCheckAfterSeconds = (checks: number) => Math.min(60, 5 * 2 ** Math.min(checks, 4));

/** The task as the provider reports it now; a connection or task that is gone (removed, forgotten) is lost. */
async function lookUp(teamId: string, connectionId: string, serverId: string, taskId: string): Promise<{ outcome: Outcome; label?: string }> {
  try {
    const task = await withAdapter(teamId, connectionId, "servers", (adapter) => adapter.task(serverId, taskId));
    return { outcome: task.state === "done" || task.state === "failed" ? task.state : "running", label: task.label };
  } catch (error) {
    if (toAppError(error, "task follow-up").code === "not-found") return { outcome: "lost" };
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
  const { outcome, label: taskLabel } = await lookUp(task.teamId, task.connectionId, task.serverId, task.taskId);
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
    const label = taskLabel ?? "Task";
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
