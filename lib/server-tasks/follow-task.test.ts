import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { withAdapter } from "@/lib/capabilities/core/connections";
import { db } from "@/lib/db/client";
import { openTestDatabase, testBackends, type TestDatabase } from "@/lib/db/testing";
import { seedSandboxConnection } from "@/lib/testing/sandbox-connection";
import { seedMember, seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

import type { SendJob } from "../jobs/types";
import { checkFollowedTask, FOLLOW_SERVER_TASK, nextCheckAfterSeconds } from "./check-followed-task";
import { sweepFollowedTasks } from "./sweep-followed-tasks";

vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

let sandboxes: RunningSandboxes;
beforeAll(async () => {
  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
});
afterAll(() => sandboxes.close());

const control = (path: string, body: unknown = {}) =>
  fetch(`${sandboxes.origins.time4vps}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** Records what the job would queue instead of queueing it. */
function recordingSend() {
  const sent: { name: string; data: object; startAfterSeconds?: number }[] = [];
  const send: SendJob = async (name, data, options) => void sent.push({ name, data, startAfterSeconds: options?.startAfterSeconds });
  return { sent, send };
}

describe.each(testBackends())("following a server task to its end (%s)", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  async function startReboot(serverId = "1301") {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    const connection = await seedSandboxConnection(team.id, sandboxes, "time4vps");
    const taskId = await withAdapter(team.id, connection.id, "servers", (adapter) => adapter.starter!.start(serverId, { verb: "reboot" }));
    const row = await db().followedTask.create({
      data: {
        teamId: team.id,
        connectionId: connection.id,
        serverId,
        taskId,
        action: "servers.reboot",
        target: "web1",
        actorId: user.id,
        actorEmail: user.email,
        actorName: user.name,
      },
    });
    return { team, user, row, taskId };
  }

  it("looks again later while the task runs, then records its end once with one audit row", async () => {
    await control("/__sandbox/tasks", { stepMs: 60_000 });
    const { team, user, row, taskId } = await startReboot();
    const { sent, send } = recordingSend();

    expect(await checkFollowedTask(row.id, send)).toBe("running");
    expect(sent).toEqual([{ name: FOLLOW_SERVER_TASK, data: { id: row.id }, startAfterSeconds: nextCheckAfterSeconds(1) }]);

    await control("/__sandbox/tasks/complete");
    expect(await checkFollowedTask(row.id, send)).toBe("done");
    // A duplicate job (another instance, a retry) finds nothing left to do.
    expect(await checkFollowedTask(row.id, send)).toBeNull();

    expect(await db().followedTask.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ state: "done", checks: 2, finishedAt: expect.any(Date) });
    const audits = await db().auditEvent.findMany({ where: { teamId: team.id, action: "servers.task-ended" } });
    expect(audits).toEqual([
      expect.objectContaining({ outcome: "success", actorId: user.id, target: "web1", message: `Reboot (task ${taskId}, servers.reboot) finished` }),
    ]);
  });

  it("records a task the provider no longer knows as lost", async () => {
    const { row } = await startReboot("1302");
    await db().followedTask.update({ where: { id: row.id }, data: { taskId: "999999" } });
    expect(await checkFollowedTask(row.id, recordingSend().send)).toBe("lost");
  });

  it("the sweep re-queues follow-ups whose job went missing, and gives up on day-old tasks", async () => {
    await control("/__sandbox/tasks", { stepMs: 60_000 });
    const { row } = await startReboot("1303");
    const now = new Date();
    await db().followedTask.update({ where: { id: row.id }, data: { startedAt: new Date(now.getTime() - 5 * 60_000) } });
    const { sent, send } = recordingSend();
    await sweepFollowedTasks(send, now);
    expect(sent.filter((job) => (job.data as { id: string }).id === row.id)).toHaveLength(1);

    await db().followedTask.update({ where: { id: row.id }, data: { startedAt: new Date(now.getTime() - 25 * 60 * 60_000) } });
    await sweepFollowedTasks(send, now);
    expect(await db().followedTask.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ state: "lost" });
    await control("/__sandbox/tasks/complete");
  });
});
