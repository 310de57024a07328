import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { openTestDatabase, testBackends, type TestDatabase } from "@/lib/db/testing";
import { startCountingProxy, type CountingProxy } from "@/lib/testing/counting-proxy";
import { seedTeam } from "@/lib/testing/seed";
import { startTime4vpsSandbox, type RunningTime4vpsSandbox } from "@/sandbox/time4vps/testing";

vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

const { createConnection } = await import("@/lib/connections/save-connection");
const { startServerTask } = await import("./start-server-task");

/** One task per server holds on our side too, with starts racing from two tabs or two instances. */
describe.each(testBackends())("starting server tasks at the same moment on %s", (backend) => {
  let database: TestDatabase;
  let sandbox: RunningTime4vpsSandbox;
  let proxy: CountingProxy;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    sandbox = await startTime4vpsSandbox();
    proxy = await startCountingProxy(sandbox.origin);
  });
  afterAll(async () => {
    await proxy.close();
    await sandbox.close();
    await database.close();
  });

  it("one start reaches the provider, the other is refused as a conflict without a call", async () => {
    const team = await seedTeam();
    const connection = await createConnection(team.id, {
      kind: "time4vps",
      label: "Servers",
      baseUrl: `${proxy.origin}/api`,
      credentials: { username: "demo@example.com", password: "demo-pass" },
    });
    // Both starts read the server (no active task) before either asks for a task.
    await sandbox.control("/__sandbox/faults", { latencyMs: 150, pathContains: "/server/1301" });
    const target = { connectionId: connection.id, serverId: "1301" };
    const outcomes = await Promise.allSettled([
      startServerTask(team.id, target, { verb: "reboot" }, () => {}),
      startServerTask(team.id, target, { verb: "flush-firewall" }, () => {}),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict" });
    const taskStarts = proxy.seen.filter((r) => r.method === "POST" && /\/server\/1301\/(reboot|flushfirewall)/.test(r.path));
    expect(taskStarts).toHaveLength(1);
    expect(await database.db.exclusiveClaim.count()).toBe(0);
  });
});
