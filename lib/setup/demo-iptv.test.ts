import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { signInAs } from "@/lib/testing/mock-session";
import { newKey } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());

vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

const { completeSetup } = await import("./complete-setup");
const { knownKeys } = await import("@/lib/capabilities/iptv/registry");
const { importSubscriptionsAction } = await import("@/lib/capabilities/iptv/actions");

let database: TestDatabase;
let sandboxes: RunningSandboxes;

beforeAll(async () => {
  database = await openTestDatabase();
  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
  vi.stubEnv("HOSTDECK_SANDBOX_URLS", JSON.stringify(sandboxes.baseUrls));
});
afterAll(async () => {
  await sandboxes.close();
  await database.close();
});

describe("the IPTV demo is alive", () => {
  it("first-run setup lists the simulator's seeded lines and MAG devices; Add existing reads a CSV and answers per row", async () => {
    const { user, team } = await completeSetup({
      name: "Owner",
      email: "owner@example.test",
      password: "a-long-enough-password",
      teamName: "Demo",
      connectSandbox: true,
    });
    const panel = await database.db.connection.findFirstOrThrow({ where: { teamId: team.id, kind: "xtream" } });
    expect((await knownKeys(team.id, "line")).get(panel.id)?.sort()).toEqual([
      "disabled.user",
      "hotel-lobby",
      "john.smith",
      "maria.k",
      "test_line",
      "trial-4471",
    ]);
    expect((await knownKeys(team.id, "mag")).get(panel.id)?.sort()).toEqual(["00:1A:79:00:12:34", "00:1A:79:AB:CD:EF"]);

    // A line made in the panel itself, outside Hostdeck.
    await fetch(`${sandboxes.origins.xtream}/api/line/new`, {
      method: "POST",
      body: new URLSearchParams({ api_key: "demo-api-key", "data[username]": "made.in.panel" }),
    });

    signInAs(user, { ...team, slug: "demo" }, "owner");
    const csv = ["username,password,notes", "made.in.panel,x,new", "john.smith,y,listed already", "nobody.here,z,unknown", "MADE.IN.PANEL,x,same again"].join(
      "\n",
    );
    const key = newKey();
    const imported = await importSubscriptionsAction({ kind: "line", connectionId: panel.id, keys: csv, idempotencyKey: key });
    const expected = [
      { line: 2, value: "made.in.panel", key: "made.in.panel", outcome: "added", message: "Added" },
      { line: 3, value: "john.smith", key: "john.smith", outcome: "listed", message: "Already listed" },
      { line: 4, value: "nobody.here", key: "nobody.here", outcome: "not-found", message: "Not found at the panel" },
      { line: 5, value: "MADE.IN.PANEL", key: "MADE.IN.PANEL", outcome: "duplicate", message: "Same as line 2" },
    ];
    expect(imported).toEqual({ ok: true, data: { results: expected } });
    expect((await knownKeys(team.id, "line")).get(panel.id)).toContain("made.in.panel");

    // Submitted twice (the same submission key): the first answer again, nothing added twice.
    expect(await importSubscriptionsAction({ kind: "line", connectionId: panel.id, keys: csv, idempotencyKey: key })).toEqual(imported);
    const listed = (await knownKeys(team.id, "line")).get(panel.id) ?? [];
    expect(listed.filter((item) => item.toLowerCase() === "made.in.panel")).toHaveLength(1);

    const mags = await importSubscriptionsAction({ kind: "mag", connectionId: panel.id, keys: "00-1a-79-00-12-34\nnot a mac", idempotencyKey: newKey() });
    expect(mags).toMatchObject({
      ok: true,
      data: {
        results: [
          { line: 1, key: "00:1A:79:00:12:34", outcome: "listed" },
          { line: 2, value: "not a mac", key: null, outcome: "invalid", message: "Invalid MAC Address" },
        ],
      },
    });

    const audit = await database.db.auditEvent.findMany({
      where: { teamId: team.id, action: "iptv.subscription.import", details: { path: ["kind"], equals: "line" } },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: "success", target: "1 line of 4 rows" });
  });
});
