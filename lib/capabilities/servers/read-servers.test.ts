import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { createConnection } from "@/lib/connections/save-connection";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { AppError, toAppError } from "@/lib/errors/app-error";
import { seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

import { settleAll } from "../core/connections";
import { getServerDetail, getServerTasks, startServerLists } from "./read-servers";
import { startTaskLists } from "./read-tasks";
import { startServerTask } from "./start-server-task";
import { serverTaskVerbs } from "./types";

vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

let database: TestDatabase;
let sandboxes: RunningSandboxes;
beforeAll(async () => {
  database = await openTestDatabase();
  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
});
afterAll(async () => {
  await sandboxes.close();
  await database.close();
});
beforeEach(async () => {
  await fetch(`${new URL(sandboxes.baseUrls.time4vps).origin}/__sandbox/reset`, { method: "POST" });
});

const viewer = { revealSecrets: false };
const operator = { revealSecrets: true };
const time4vps = (teamId: string, label: string, password = "demo-pass") =>
  createConnection(teamId, { kind: "time4vps", label, baseUrl: sandboxes.baseUrls.time4vps, credentials: { username: "demo@example.com", password } });

/** The domain over real connections (database rows, vault, sandbox): what the Servers and Tasks pages get. */
describe("servers across a team's connections", () => {
  it("starts every connection's list at once; a failing connection is one error beside the others' servers", async () => {
    const team = await seedTeam();
    const working = await time4vps(team.id, "Main account");
    const broken = await time4vps(team.id, "Old account", "wrong-password");
    await createConnection(team.id, { kind: "ipmodule", label: "Net", baseUrl: sandboxes.baseUrls.ipmodule, credentials: { token: "demo-token" } });

    const lists = await settleAll(await startServerLists(team.id, viewer));
    expect(lists.map((list) => list.connection.id).sort()).toEqual([working.id, broken.id].sort());
    const byId = new Map(lists.map((list) => [list.connection.id, list]));
    const ok = byId.get(working.id)!;
    expect(ok.ok && ok.value.map((server) => server.hostname)).toEqual(["web1.demo-hostdeck.eu", "db1.demo-hostdeck.eu", "backup.demo-hostdeck.eu"]);
    expect(byId.get(broken.id)).toMatchObject({ ok: false, error: { code: "provider", providerKind: "auth" } });
  });

  it("lists every server's recent tasks, running first, with passwords only for those who may act", async () => {
    const team = await seedTeam();
    await time4vps(team.id, "Main account");
    await fetch(`${new URL(sandboxes.baseUrls.time4vps).origin}/__sandbox/tasks`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ stepMs: 600_000 }),
    });
    const list = await settleAll(await startTaskLists(team.id, viewer));
    expect(list[0]?.ok).toBe(true);
    const rows = list[0]!.ok ? list[0]!.value.rows : [];
    expect(rows.find((row) => row.hostname === "db1.demo-hostdeck.eu" && row.task.name === "reset-password")?.task.results).toMatch(/^Password: •+/);
    expect(rows.find((row) => row.hostname === "web1.demo-hostdeck.eu")?.task).toMatchObject({ label: "Reboot", state: "done" });

    const [connection] = list;
    await startServerTask(team.id, { connectionId: connection!.connection.id, serverId: "1303" }, { verb: "flush-firewall" }, () => undefined);
    const after = await settleAll(await startTaskLists(team.id, operator));
    const afterRows = after[0]!.ok ? after[0]!.value.rows : [];
    expect(afterRows[0]).toMatchObject({ hostname: "backup.demo-hostdeck.eu", task: { name: "flush-firewall", state: "queued" } });
    expect(afterRows.find((row) => row.task.name === "reset-password")?.task.results).toMatch(/^Password: [A-Za-z0-9]{10,}$/);
  });
});

describe("one server", () => {
  it("offers what its provider can do, and is not found through another team or a kind without servers", async () => {
    const team = await seedTeam();
    const other = await seedTeam();
    const { id } = await time4vps(team.id, "Main account");
    const net = await createConnection(team.id, { kind: "ipmodule", label: "Net", baseUrl: sandboxes.baseUrls.ipmodule, credentials: { token: "demo-token" } });

    const detail = await getServerDetail(team.id, id, "1301", viewer);
    expect(detail).toMatchObject({ hostname: "web1.demo-hostdeck.eu", providerLabel: "Time4VPS", features: { usageHistory: true, usageGraphs: true } });
    expect(detail.actions).toEqual([...serverTaskVerbs]);

    const attempts = [
      getServerDetail(other.id, id, "1301", viewer),
      getServerDetail(team.id, net.id, "1301", viewer),
      getServerDetail(team.id, id, "9999", viewer),
    ];
    // Pages and routes answer each of these with the 404 page / status.
    expect(
      await Promise.all(
        attempts.map((attempt) =>
          attempt.then(
            () => "found",
            (error: unknown) => toAppError(error).code,
          ),
        ),
      ),
    ).toEqual(["not-found", "not-found", "not-found"]);
  });

  it("refuses a second task while one runs, and a reinstall confirmed with another host name", async () => {
    const team = await seedTeam();
    const { id } = await time4vps(team.id, "Main account");
    await fetch(`${new URL(sandboxes.baseUrls.time4vps).origin}/__sandbox/tasks`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ stepMs: 600_000 }),
    });
    const seen: string[] = [];
    const started = await startServerTask(team.id, { connectionId: id, serverId: "1301" }, { verb: "reboot" }, ({ hostname }) => seen.push(hostname));
    expect(seen).toEqual(["web1.demo-hostdeck.eu"]);
    expect((await getServerTasks(team.id, id, "1301", viewer)).activeTask).toMatchObject({ id: started.taskId, state: "queued" });

    const second = startServerTask(team.id, { connectionId: id, serverId: "1301" }, { verb: "rename", hostname: "web2.demo-hostdeck.eu" }, () => undefined);
    await expect(second).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("already running a task (Reboot)") });

    const reinstall = startServerTask(
      team.id,
      { connectionId: id, serverId: "1302" },
      { verb: "reinstall", os: "debian-12-x86_64", confirmHostname: "db1" },
      () => undefined,
    );
    await expect(reinstall).rejects.toBeInstanceOf(AppError);
    await expect(reinstall).rejects.toMatchObject({ fieldErrors: { confirmHostname: [expect.any(String)] } });
  });
});
