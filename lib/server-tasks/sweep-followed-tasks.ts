import { db } from "../db/client";
import type { SendJob } from "../jobs/types";
import { FOLLOW_SERVER_TASK } from "./check-followed-task";

/** A task followed but not looked at for this long has lost its job (an instance died, a restart). */
const OVERDUE_MS = 2 * 60_000;
/** Time4VPS tasks take minutes; one still "running" after a day is given up on. */
const GIVE_UP_MS = 24 * 60 * 60_000;

/** Re-queues the follow-up of every running task whose job went missing; gives up on day-old ones. */
export async function sweepFollowedTasks(send: SendJob, now = new Date()): Promise<number> {
  await db().followedTask.updateMany({
    where: { state: "running", startedAt: { lt: new Date(now.getTime() - GIVE_UP_MS) } },
    data: { state: "lost", finishedAt: now },
  });
  const overdue = new Date(now.getTime() - OVERDUE_MS);
  const rows = await db().followedTask.findMany({
    where: { state: "running", OR: [{ checkedAt: { lt: overdue } }, { checkedAt: null, startedAt: { lt: overdue } }] },
    select: { id: true },
    take: 200,
  });
  for (const row of rows) await send(FOLLOW_SERVER_TASK, { id: row.id }, { singletonKey: row.id });
  return rows.length;
}
