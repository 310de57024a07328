import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedMember, seedTeam } from "@/lib/testing/seed";

import { expireRecords, IDEMPOTENCY_KEEP_MS } from "./expire-records";

describe("expiry of records nobody needs any more", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("deletes old idempotency rows and expired sessions, and keeps what is still in use", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "owner");
    const now = new Date();
    const old = new Date(now.getTime() - IDEMPOTENCY_KEEP_MS - 60_000);
    await database.db.idempotencyRecord.create({ data: { userId: user.id, action: "a", key: randomUUID(), requestHash: "h", createdAt: old } });
    const recent = await database.db.idempotencyRecord.create({ data: { userId: user.id, action: "a", key: randomUUID(), requestHash: "h" } });
    await database.db.session.create({ data: { userId: user.id, expiresAt: new Date(now.getTime() - 1_000) } });
    const live = await database.db.session.create({ data: { userId: user.id, expiresAt: new Date(now.getTime() + 60 * 60_000) } });

    const expired = await expireRecords(now);

    expect(expired).toMatchObject({ idempotency: 1, sessions: 1 });
    expect(await database.db.idempotencyRecord.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: recent.id }]);
    expect(await database.db.session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: live.id }]);
  });
});
