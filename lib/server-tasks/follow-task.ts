import { db } from "../db/client";
import { jobQueue } from "../jobs/queue";
import { FOLLOW_SERVER_TASK } from "./check-followed-task";

export interface StartedServerTask {
  teamId: string;
  connectionId: string;
  serverId: string;
  taskId: string;
  /** The action that started it, e.g. "servers.reboot". */
  action: string;
  target: string;
  actor: { id: string; email: string; name: string };
}

export const FIRST_CHECK_AFTER_SECONDS = 5;

/**
 * Records a task the provider accepted and hands it to the follow-up job. The task has started either way:
 * a queue that cannot take the job now leaves the row to the scheduled sweep, never fails the action.
 */
export async function followServerTask(task: StartedServerTask): Promise<void> {
  const { teamId, connectionId, serverId, taskId, action, target, actor } = task;
  const row = await db().followedTask.upsert({
    where: { connectionId_serverId_taskId: { connectionId, serverId, taskId } },
    create: { teamId, connectionId, serverId, taskId, action, target, actorId: actor.id, actorEmail: actor.email, actorName: actor.name },
    update: {},
  });
  try {
    await jobQueue().send(FOLLOW_SERVER_TASK, { id: row.id }, { startAfterSeconds: FIRST_CHECK_AFTER_SECONDS, singletonKey: row.id });
  } catch (error) {
    console.error("Could not queue the follow-up of a server task; the sweep will:", error instanceof Error ? error.message : error);
  }
}
