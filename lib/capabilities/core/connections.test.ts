import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { currentHealth, drainHealth, flushHealth } from "@/lib/connections/health";
import { closeOpenConnections } from "@/lib/connections/open-connection";
import { createConnection } from "@/lib/connections/save-connection";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { readCache } from "@/lib/providers/core/read-cache/read-cache";
import { seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

import { readAcross, settleAll, withAdapter } from "./connections";

vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

let database: TestDatabase;
let fast: RunningSandboxes;
let slow: RunningSandboxes;
let dead: RunningSandboxes;
const ports = { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 };

beforeAll(async () => {
  database = await openTestDatabase();
  [fast, slow, dead] = await Promise.all([startSandboxes({ ports }), startSandboxes({ ports }), startSandboxes({ ports })]);
});
afterAll(async () => {
  await Promise.all([fast.close(), slow.close(), dead.close()]);
  await database.close();
});
beforeEach(async () => {
  await drainHealth();
  await readCache().clear();
  closeOpenConnections();
});

const credentials = { username: "demo@example.com", password: "demo-pass" };

async function teamWithServiceAccounts() {
  const team = await seedTeam();
  const add = (label: string, sandboxes: RunningSandboxes) =>
    createConnection(team.id, { kind: "time4vps", label, baseUrl: sandboxes.baseUrls.time4vps, credentials });
  const connections = { fast: await add("Fast", fast), slow: await add("Slow", slow), dead: await add("Dead", dead) };
  return { team, connections };
}

describe("reads across connections", () => {
  it("starts every connection at once and settles each on its own: a slow one never holds a fast one, a dead one stops at its deadline", async () => {
    const { team } = await teamWithServiceAccounts();
    slow.sandboxes.time4vps.faults.set({ latencyMs: 400 });
    dead.sandboxes.time4vps.faults.set({ mode: "timeout" });
    const reads = await readAcross(team.id, "services", (adapter) => adapter.list(), { deadlineMs: 8_000 });
    expect(reads.map((read) => read.connection.label).sort()).toEqual(["Dead", "Fast", "Slow"]);

    const settledOrder: string[] = [];
    await Promise.all(reads.map((read) => read.result.then(() => settledOrder.push(read.connection.label))));
    expect(settledOrder).toEqual(["Fast", "Slow", "Dead"]);

    const rows = await settleAll(reads);
    const byLabel = Object.fromEntries(rows.map((row) => [row.connection.label, row]));
    expect(byLabel.Fast).toMatchObject({ ok: true, value: { rows: expect.arrayContaining([expect.objectContaining({ id: "1301" })]) } });
    expect(byLabel.Slow).toMatchObject({ ok: true });
    expect(byLabel.Dead).toMatchObject({ ok: false, error: { code: "timeout", message: expect.stringMatching(/did not answer in time/) } });
  });

  it("only asks connections whose kind offers the capability, and never another team's", async () => {
    const { team } = await teamWithServiceAccounts();
    await createConnection(team.id, { kind: "ipmodule", label: "Network", baseUrl: fast.baseUrls.ipmodule, credentials: { token: "demo-token" } });
    const other = await seedTeam();
    await createConnection(other.id, { kind: "time4vps", label: "Theirs", baseUrl: fast.baseUrls.time4vps, credentials });
    const reads = await readAcross(team.id, "services", (adapter) => adapter.list(), { deadlineMs: 1_000 });
    expect(reads.map((read) => read.connection.label).sort()).toEqual(["Dead", "Fast", "Slow"]);
  });

  it("answers a second identical view from the read cache: no second upstream call", async () => {
    const team = await seedTeam();
    const { id } = await createConnection(team.id, { kind: "time4vps", label: "Counted", baseUrl: fast.baseUrls.time4vps, credentials });
    const before = readCache().stats.loads;
    await withAdapter(team.id, id, "services", (adapter) => adapter.list());
    const afterFirst = readCache().stats.loads;
    expect(afterFirst).toBeGreaterThan(before);
    for (let view = 0; view < 10; view++) await withAdapter(team.id, id, "services", (adapter) => adapter.list());
    expect(readCache().stats.loads).toBe(afterFirst);
  });

  it("refuses another team's connection as not found", async () => {
    const { connections } = await teamWithServiceAccounts();
    const other = await seedTeam();
    await expect(withAdapter(other.id, connections.fast.id, "services", (adapter) => adapter.list())).rejects.toMatchObject({ code: "not-found" });
  });

  it("refuses a connection whose kind lacks the capability as not found", async () => {
    const team = await seedTeam();
    const { id } = await createConnection(team.id, {
      kind: "ipmodule",
      label: "Network",
      baseUrl: fast.baseUrls.ipmodule,
      credentials: { token: "demo-token" },
    });
    await expect(withAdapter(team.id, id, "services", (adapter) => adapter.list())).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("connection health", () => {
  it("is kept in memory and written behind the request, without moving the row's version", async () => {
    const { team, connections } = await teamWithServiceAccounts();
    dead.sandboxes.time4vps.faults.set({ mode: "http-503" });
    const row = () =>
      database.db.connection.findUniqueOrThrow({
        where: { id: connections.dead.id },
        select: { lastErrorAt: true, lastError: true, lastSuccessAt: true, updatedAt: true },
      });
    const before = await row();
    await settleAll(await readAcross(team.id, "services", (adapter) => adapter.list(), { deadlineMs: 5_000 }));
    await flushHealth({ force: true });
    const after = await row();
    expect(after.lastError).toMatch(/not answering properly/);
    expect(after.updatedAt).toEqual(before.updatedAt);
    const fastRow = await database.db.connection.findUniqueOrThrow({ where: { id: connections.fast.id } });
    expect(fastRow.lastSuccessAt).not.toBeNull();
  });

  it("shows a recovery at once on this instance, and a success clears the stored error", async () => {
    const { team, connections } = await teamWithServiceAccounts();
    dead.sandboxes.time4vps.faults.set({ mode: "http-503" });
    await settleAll(await readAcross(team.id, "services", (adapter) => adapter.list()));
    await flushHealth({ force: true });
    const stored = await database.db.connection.findUniqueOrThrow({ where: { id: connections.dead.id } });
    expect(stored.lastError).not.toBeNull();
    dead.sandboxes.time4vps.faults.clear();
    await readCache().clear();
    await settleAll(await readAcross(team.id, "services", (adapter) => adapter.list()));
    expect(currentHealth(connections.dead.id, stored)).toMatchObject({ lastError: null, lastErrorAt: null });
    await flushHealth({ force: true });
    expect(await database.db.connection.findUniqueOrThrow({ where: { id: connections.dead.id } })).toMatchObject({ lastError: null, lastErrorAt: null });
  });
});
