import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { migrationsDir } from "@/lib/db/migrations";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedTeam } from "@/lib/testing/seed";

import { isTracked, knownKeys, trackKeys, untrackKeys } from "./registry";

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

async function seedConnection(teamId: string, label = `IPTV ${Math.random().toString(36).slice(2, 8)}`) {
  return db().connection.create({
    data: { teamId, kind: "xtream", label, baseUrl: "https://panel.example.test", secretCiphertext: "x", secretKeyId: "k" },
  });
}

async function rows(teamId: string) {
  const found = await db().trackedIptvItem.findMany({ where: { teamId }, select: { connectionId: true, kind: true, key: true } });
  return found.sort((a, b) => `${a.connectionId}${a.kind}${a.key}`.localeCompare(`${b.connectionId}${b.kind}${b.key}`));
}

describe("the tracked lines and MAG devices", () => {
  it("lists added keys per connection and kind, skips case-insensitive duplicates, and stops listing removed ones", async () => {
    const team = await seedTeam();
    const a = await seedConnection(team.id);
    const b = await seedConnection(team.id);

    await trackKeys(team.id, a.id, "line", ["alice"]);
    await trackKeys(team.id, a.id, "line", ["bob", "Carol", "ALICE", "carol", ""]);
    await trackKeys(team.id, b.id, "line", ["alice"]);
    await trackKeys(team.id, a.id, "mag", ["00:1a:79:00:00:01"]);
    await untrackKeys(team.id, a.id, "line", ["BOB"]);
    await untrackKeys(team.id, b.id, "line", ["alice"]);

    const lines = await knownKeys(team.id, "line");
    expect([...lines.keys()]).toEqual([a.id]);
    expect(lines.get(a.id)?.sort()).toEqual(["Carol", "alice"]);
    expect(lines.get(b.id)).toBeUndefined();
    expect((await knownKeys(team.id, "mag")).get(a.id)).toEqual(["00:1A:79:00:00:01"]);
    expect(await knownKeys(team.id, "line", b.id)).toEqual(new Map());
    expect([...(await knownKeys(team.id, "line", a.id)).keys()]).toEqual([a.id]);

    expect(await isTracked(team.id, a.id, "line", "CAROL")).toBe(true);
    expect(await isTracked(team.id, a.id, "line", "bob")).toBe(false);
    expect(await isTracked(team.id, b.id, "line", "alice")).toBe(false);
    expect(await isTracked(team.id, a.id, "mag", "00:1a:79:00:00:01")).toBe(true);
    expect(await isTracked(team.id, a.id, "line", "00:1A:79:00:00:01")).toBe(false);
  });

  it("compares keys literally, not as LIKE patterns", async () => {
    const team = await seedTeam();
    const a = await seedConnection(team.id);
    await trackKeys(team.id, a.id, "line", ["john_smith", "johnxsmith"]);
    await untrackKeys(team.id, a.id, "line", ["john_smith"]);
    expect((await knownKeys(team.id, "line")).get(a.id)).toEqual(["johnxsmith"]);
    expect(await isTracked(team.id, a.id, "line", "john%")).toBe(false);
  });

  it("a key added again after its removal comes back", async () => {
    const team = await seedTeam();
    const a = await seedConnection(team.id);
    await trackKeys(team.id, a.id, "line", ["x"]);
    await untrackKeys(team.id, a.id, "line", ["x"]);
    await trackKeys(team.id, a.id, "line", ["x"]);
    expect((await knownKeys(team.id, "line")).get(a.id)).toEqual(["x"]);
  });

  it("is scoped by team, and goes with its connection", async () => {
    const team = await seedTeam();
    const other = await seedTeam();
    const a = await seedConnection(team.id);
    await trackKeys(team.id, a.id, "line", ["alice"]);
    expect(await knownKeys(other.id, "line")).toEqual(new Map());
    expect(await isTracked(other.id, a.id, "line", "alice")).toBe(false);
    await untrackKeys(other.id, a.id, "line", ["alice"]);
    expect(await isTracked(team.id, a.id, "line", "alice")).toBe(true);

    await db().connection.delete({ where: { id: a.id } });
    expect(await rows(team.id)).toEqual([]);
  });
});

/** The data step of the track_iptv_items migration, run on its own against seeded audit rows. */
async function backfillSql(): Promise<string> {
  const dir = (await readdir(migrationsDir)).find((name) => name.endsWith("_track_iptv_items"));
  if (!dir) throw new Error("track_iptv_items migration not found");
  const sql = await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8");
  const start = sql.indexOf("-- Backfill");
  if (start < 0) throw new Error("no backfill step in the track_iptv_items migration");
  return sql.slice(start);
}

describe("the track_iptv_items migration's backfill from the audit log", () => {
  it("keeps the keys whose latest add is newer than their latest removal, for existing connections of the same team", async () => {
    const team = await seedTeam();
    const other = await seedTeam();
    const a = await seedConnection(team.id);
    const b = await seedConnection(team.id);
    const foreign = await seedConnection(other.id);
    let second = 0;
    const event = (
      action: string,
      connectionId: string | null,
      details: unknown,
      extra: { outcome?: "success" | "failure" | "denied"; teamId?: string; at?: Date } = {},
    ) => ({
      teamId: extra.teamId ?? team.id,
      connectionId,
      action,
      outcome: extra.outcome ?? "success",
      details: details as object,
      createdAt: extra.at ?? new Date(Date.UTC(2026, 0, 1, 0, 0, ++second)),
    });
    const sameInstant = new Date(Date.UTC(2026, 0, 2));
    await db().auditEvent.createMany({
      data: [
        event("iptv.line.create", a.id, { keys: ["alice"], id: 1 }),
        event("iptv.line.import", a.id, { keys: ["bob", "Carol", "ALICE", 7, ""], notFound: ["zed"] }),
        event("iptv.line.create", b.id, { keys: ["alice"] }),
        event("iptv.line.extend", a.id, { keys: ["dave"] }),
        event("iptv.line.delete", a.id, { keys: ["BOB"] }),
        event("iptv.line.forget", b.id, { keys: ["alice"] }),
        event("iptv.mag.create", a.id, { keys: ["00:1a:79:00:00:01"] }),
        event("iptv.mag.import", a.id, { keys: ["00:1A:79:00:00:02"] }),
        event("iptv.mag.delete", a.id, { keys: ["00:1A:79:00:00:02"] }),
        event("iptv.line.create", null, { keys: ["nobody"] }),
        event("iptv.line.create", a.id, { nothing: true }),
        event("iptv.line.create", a.id, null),
        event("iptv.line.create", a.id, { keys: "not-a-list" }),
        event("iptv.line.create", a.id, { keys: ["failed"] }, { outcome: "failure" }),
        event("iptv.line.create", a.id, { keys: ["refused"] }, { outcome: "denied" }),
        event("iptv.line.create", "0b8c1f7e-0000-4000-8000-000000000000", { keys: ["gone-connection"] }),
        event("iptv.line.create", foreign.id, { keys: ["wrong-team"] }),
        // Deleted, then created again: listed.
        event("iptv.line.create", a.id, { keys: ["again"] }),
        event("iptv.line.delete", a.id, { keys: ["again"] }),
        event("iptv.line.create", a.id, { keys: ["Again"] }),
        // Created, then forgotten: not listed.
        event("iptv.line.create", a.id, { keys: ["forgotten"] }),
        event("iptv.line.forget", a.id, { keys: ["FORGOTTEN"] }),
        // The other team's own row for its connection counts for that team.
        event("iptv.line.create", foreign.id, { keys: ["theirs"] }, { teamId: other.id }),
        event("iptv.line.create", b.id, { keys: ["tie"] }, { at: sameInstant }),
      ],
    });
    // Already present (e.g. the step runs twice): left as it is.
    await db().trackedIptvItem.create({ data: { teamId: team.id, connectionId: a.id, kind: "line", key: "alice" } });

    const sql = await backfillSql();
    await db().$executeRawUnsafe(sql);
    await db().$executeRawUnsafe(sql);

    const expected = [
      { connectionId: a.id, kind: "line", key: "Again" },
      { connectionId: a.id, kind: "line", key: "Carol" },
      { connectionId: a.id, kind: "line", key: "alice" },
      { connectionId: a.id, kind: "mag", key: "00:1A:79:00:00:01" },
      { connectionId: b.id, kind: "line", key: "tie" },
    ].sort((x, y) => `${x.connectionId}${x.kind}${x.key}`.localeCompare(`${y.connectionId}${y.kind}${y.key}`));
    expect(await rows(team.id)).toEqual(expected);
    expect(await rows(other.id)).toEqual([{ connectionId: foreign.id, kind: "line", key: "theirs" }]);

    const created = await db().trackedIptvItem.findFirst({ where: { connectionId: b.id, key: "tie" } });
    expect(created?.createdAt).toEqual(sameInstant);
    expect((await knownKeys(team.id, "mag")).get(a.id)).toEqual(["00:1A:79:00:00:01"]);
  });
});
