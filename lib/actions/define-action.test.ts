import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { openTestDatabase, testBackends, type TestDatabase } from "@/lib/db/testing";
import { signInAs, signOut } from "@/lib/testing/mock-session";
import { newKey, seedMember, seedTeam } from "@/lib/testing/seed";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());

const { AppError } = await import("../errors/app-error");
const { teamAction } = await import("./define-action");
const { hashPayload } = await import("./idempotency");

describe.each(testBackends())("the action helper on %s", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(() => signOut());

  /** A mutation whose side effect is countable: one Setting row per run. */
  let runs = 0;
  const recordNote = teamAction({
    name: "test.record-note",
    permission: "resources:change",
    input: z.object({ note: z.string().min(1, "Write a note") }),
    async run({ note }, { audit }) {
      runs++;
      audit.target = note;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const row = await database.db.setting.create({ data: { key: `note-${runs}-${Date.now()}-${Math.random()}`, value: { note } } });
      return { key: row.key, run: runs };
    },
  });

  const failing = teamAction({
    name: "test.failing",
    permission: "resources:change",
    input: z.object({}),
    async run() {
      throw new AppError("conflict", "Already there.");
    },
  });

  /** Works through items, recording each; skips what an interrupted earlier submission of the same work did. */
  const sent: string[] = [];
  const bulk = teamAction({
    name: "test.bulk",
    permission: "resources:change",
    input: z.object({ items: z.array(z.string()) }),
    async run({ items }, { progress }) {
      const skipped: string[] = [];
      for (const item of items) {
        if (progress.previous(item)?.state === "done") {
          skipped.push(item);
          continue;
        }
        await progress.start(item);
        sent.push(item);
        await progress.done(item);
      }
      return { skipped };
    },
  });

  it("writes the audit row as started before the change runs, and completes that same row after", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    let seenWhileRunning: unknown[] = [];
    const observed = teamAction({
      name: "test.observed",
      permission: "resources:change",
      input: z.object({}),
      async run(_input, { audit }) {
        seenWhileRunning = await database.db.auditEvent.findMany({ where: { teamId: team.id, action: "test.observed" }, select: { outcome: true } });
        audit.target = "the thing";
        return { done: true };
      },
    });
    expect(await observed({ idempotencyKey: newKey() })).toMatchObject({ ok: true });
    expect(seenWhileRunning).toEqual([{ outcome: "started" }]);
    const rows = await database.db.auditEvent.findMany({ where: { teamId: team.id, action: "test.observed" } });
    expect(rows).toEqual([expect.objectContaining({ outcome: "success", target: "the thing", actorEmail: user.email })]);
  });

  it("a retry with the same key after the first one's lease lapsed answers interrupted, with what is known, at once", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    const key = newKey();
    // What a console killed in the middle of the work leaves behind: an open record whose lease lapsed, and its items.
    const record = await database.db.idempotencyRecord.create({
      data: {
        userId: user.id,
        action: `${team.id}:test.bulk`,
        key,
        requestHash: hashPayload({ items: ["a", "b", "c"] }),
        leaseExpiresAt: new Date(Date.now() - 1_000),
      },
    });
    await database.db.operationItem.createMany({
      data: [
        { recordId: record.id, item: "a", state: "done" },
        { recordId: record.id, item: "b", state: "started" },
      ],
    });
    const started = Date.now();
    const answer = await bulk({ items: ["a", "b", "c"], idempotencyKey: key });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatchObject({ ok: false, code: "interrupted" });
    expect(!answer.ok && answer.error).toMatch(/Done: a\..*Started, outcome unknown: b\./);
    expect(sent).toEqual([]);
  });

  it("submitting interrupted work again skips the items it finished", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    const record = await database.db.idempotencyRecord.create({
      data: {
        userId: user.id,
        action: `${team.id}:test.bulk`,
        key: newKey(),
        requestHash: hashPayload({ items: ["x", "y", "z"] }),
        leaseExpiresAt: new Date(Date.now() - 1_000),
      },
    });
    await database.db.operationItem.createMany({
      data: [
        { recordId: record.id, item: "x", state: "done" },
        { recordId: record.id, item: "y", state: "done" },
      ],
    });
    sent.length = 0;
    expect(await bulk({ items: ["x", "y", "z"], idempotencyKey: newKey() })).toEqual({ ok: true, data: { skipped: ["x", "y"] } });
    expect(sent).toEqual(["z"]);
    // Work that completed is not a twin: the same items submitted again are sent again.
    expect(await bulk({ items: ["x", "y", "z"], idempotencyKey: newKey() })).toEqual({ ok: true, data: { skipped: [] } });
    expect(sent).toEqual(["z", "x", "y", "z"]);
  });

  it("refuses a caller without a session before anything else", async () => {
    expect(await recordNote({ note: "x", idempotencyKey: newKey() })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("refuses a role below the permission, and audits the refusal", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "viewer");
    signInAs(user, team, "viewer");
    const before = await database.db.setting.count();
    expect(await recordNote({ note: "x", idempotencyKey: newKey() })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await database.db.setting.count()).toBe(before);
    const audit = await database.db.auditEvent.findFirst({ where: { teamId: team.id, action: "test.record-note" } });
    expect(audit).toMatchObject({ outcome: "denied", actorEmail: user.email, ip: "203.0.113.7" });
  });

  it("returns field errors for bad input and runs nothing", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    const result = await recordNote({ note: "", idempotencyKey: newKey() });
    expect(result).toEqual({ ok: false, code: "invalid-input", error: expect.any(String), fieldErrors: { note: ["Write a note"] } });
  });

  it("refuses a NUL or another control character in any string or key before the action runs", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    const before = runs;
    for (const note of ["a\u0000b", "bell\u0007", "esc\u001b[0m", "c1\u0085"]) {
      expect(await recordNote({ note, idempotencyKey: newKey() })).toMatchObject({
        ok: false,
        code: "invalid-input",
        fieldErrors: { note: [expect.stringMatching(/control characters/)] },
      });
    }
    expect(await recordNote({ note: "ok", extra: { "key\u0000": "x" }, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      code: "invalid-input",
      fieldErrors: { "extra._key": [expect.any(String)] },
    });
    expect(runs).toBe(before);
    expect(await recordNote({ note: "two\nlines\twith a tab", idempotencyKey: newKey() })).toMatchObject({ ok: true });
  });

  it("requires a submission key for mutations", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    expect(await recordNote({ note: "x" })).toMatchObject({ ok: false, code: "invalid-input" });
  });

  it("a second submit with the same key returns the first result and does not repeat the side effect", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    const key = newKey();
    const before = await database.db.setting.count();
    const first = await recordNote({ note: "once", idempotencyKey: key });
    const second = await recordNote({ note: "once", idempotencyKey: key });
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    expect(await database.db.setting.count()).toBe(before + 1);
    expect(await database.db.auditEvent.count({ where: { teamId: team.id, action: "test.record-note", outcome: "success" } })).toBe(1);
  });

  it("two concurrent submits with the same key cause one side effect and identical answers", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    const key = newKey();
    const before = await database.db.setting.count();
    const [a, b] = await Promise.all([recordNote({ note: "race", idempotencyKey: key }), recordNote({ note: "race", idempotencyKey: key })]);
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
    expect(await database.db.setting.count()).toBe(before + 1);
  });

  it("refuses the same key with a different payload", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    const key = newKey();
    expect((await recordNote({ note: "first", idempotencyKey: key })).ok).toBe(true);
    expect(await recordNote({ note: "second", idempotencyKey: key })).toMatchObject({ ok: false, code: "idempotency-mismatch" });
  });

  it("keys are scoped to the user: another member's identical key is a new submission", async () => {
    const team = await seedTeam();
    const one = await seedMember(team, "operator");
    const two = await seedMember(team, "operator");
    const key = newKey();
    signInAs(one.user, team, "operator");
    const a = await recordNote({ note: "same", idempotencyKey: key });
    signInAs(two.user, team, "operator");
    const b = await recordNote({ note: "same", idempotencyKey: key });
    expect(a.ok && b.ok && a.data.key !== b.data.key).toBe(true);
  });

  it("turns an expected failure into a result with its message, audited as a failure", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "operator");
    signInAs(user, team, "operator");
    expect(await failing({ idempotencyKey: newKey() })).toEqual({ ok: false, code: "conflict", error: "Already there.", fieldErrors: undefined });
    expect(await database.db.auditEvent.findFirst({ where: { teamId: team.id, action: "test.failing" } })).toMatchObject({
      outcome: "failure",
      message: "Already there.",
    });
  });

  it("accepts FormData as the forms send it", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "admin");
    signInAs(user, team, "admin");
    const form = new FormData();
    form.set("note", "from a form");
    form.set("idempotencyKey", newKey());
    expect(await recordNote(form)).toMatchObject({ ok: true });
  });
});
