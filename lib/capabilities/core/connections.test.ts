import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createConnection } from "@/lib/connections/save-connection";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { createIpmoduleClient } from "@/lib/providers/ipmodule/client";
import type { IpmoduleCredentials } from "@/lib/providers/ipmodule/definition";
import type { ConnectionContext } from "@/lib/providers/core/types";
import { seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

import { fanOutConnections } from "./connections";

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

const readClientIp = (teamId: string) =>
  fanOutConnections(teamId, "network", (opened) => createIpmoduleClient(opened.context as ConnectionContext<IpmoduleCredentials>).getClientIp());

describe("connection health from fan-out calls", () => {
  it("records a success once a minute, but at once when it follows a recent error", async () => {
    const team = await seedTeam();
    const { id } = await createConnection(team.id, { kind: "ipmodule", label: "Net", baseUrl: sandboxes.baseUrls.ipmodule, credentials: { token: "demo-token" } });
    const health = () => database.db.connection.findUniqueOrThrow({ where: { id }, select: { lastSuccessAt: true, lastErrorAt: true } });

    expect((await readClientIp(team.id))[0]).toMatchObject({ ok: true });
    const first = (await health()).lastSuccessAt;
    expect(first).not.toBeNull();

    await readClientIp(team.id);
    expect((await health()).lastSuccessAt).toEqual(first);

    await database.db.connection.update({ where: { id }, data: { lastErrorAt: new Date(), lastError: "Timed out" } });
    await readClientIp(team.id);
    const after = await health();
    expect(after.lastSuccessAt!.getTime()).toBeGreaterThan(first!.getTime());
    expect(after.lastSuccessAt!.getTime()).toBeGreaterThanOrEqual(after.lastErrorAt!.getTime());
  });

  it("records a failure every time, as an error row beside the others", async () => {
    const team = await seedTeam();
    const { id } = await createConnection(team.id, { kind: "ipmodule", label: "Broken", baseUrl: sandboxes.baseUrls.ipmodule, credentials: { token: "wrong-token" } });
    const [row] = await readClientIp(team.id);
    expect(row).toMatchObject({ ok: false, error: { kind: "auth" } });
    expect(await database.db.connection.findUniqueOrThrow({ where: { id } })).toMatchObject({ lastError: expect.any(String), lastSuccessAt: null });
  });
});
