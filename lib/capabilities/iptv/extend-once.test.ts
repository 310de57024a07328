/**
 * An IPTV extension never lands twice: when the console was killed after the panel took an extension but before it
 * recorded the outcome, submitting the same extension again compares the panel's expiry with the one the interrupted
 * attempt set (written before it called the panel) and leaves the line alone.
 */
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { startXtream, type RunningXtream } from "@/lib/providers/xtream/test-sandbox";
import { signInAs } from "@/lib/testing/mock-session";
import { newKey, seedMember, seedTeam } from "@/lib/testing/seed";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());
vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

const { extendSubscriptionAction } = await import("@/lib/capabilities/iptv/actions");
const { createConnection } = await import("@/lib/connections/save-connection");
const { hashPayload } = await import("@/lib/actions/idempotency");

const DAY = 86_400;
let database: TestDatabase;
let xtream: RunningXtream;

beforeAll(async () => {
  database = await openTestDatabase();
  xtream = await startXtream();
});
afterAll(async () => {
  await xtream.close();
  await database.close();
});

async function setUp() {
  xtream.sandbox.reset();
  const team = await seedTeam();
  const { user } = await seedMember(team, "operator");
  signInAs(user, team, "operator");
  const connection = await createConnection(team.id, {
    kind: "xtream",
    label: "Panel",
    baseUrl: xtream.origin,
    credentials: { apiKey: "demo-api-key", keyPlacement: "post-field" },
  });
  const input = { connectionId: connection.id, kind: "line" as const, key: "john.smith", months: 1, from: "expiry" as const };
  const panel = xtream.client();
  const expiry = async () => (await panel.getLineInfo({ username: "john.smith" })).line_info.expire_date as number;
  return { team, user, input, panel, expiry };
}

/** What a console killed mid-way leaves: an open record with a lapsed lease, the line recorded as started with its planned expiry. */
async function interruptedAttempt(userId: string, teamId: string, input: object, planned: number, previous: number) {
  const record = await database.db.idempotencyRecord.create({
    data: {
      userId,
      action: `${teamId}:iptv.subscription.extend`,
      key: newKey(),
      requestHash: hashPayload(input),
      leaseExpiresAt: new Date(Date.now() - 1_000),
    },
  });
  await database.db.operationItem.create({ data: { recordId: record.id, item: "john.smith", state: "started", detail: { expiresAt: planned, previous } } });
}

describe("extending a line after an interrupted extension", () => {
  it("does not extend again when the interrupted attempt reached the panel", async () => {
    const { team, user, input, panel, expiry } = await setUp();
    const before = await expiry();
    const planned = before + 30 * DAY;
    await panel.updateLine({ username: "john.smith", data: { expire_date: planned } });
    await interruptedAttempt(user.id, team.id, input, planned, before);

    const retry = await extendSubscriptionAction({ ...input, idempotencyKey: newKey() });
    expect(retry).toMatchObject({ ok: true, data: { expiresAt: planned } });
    expect(await expiry()).toBe(planned);
    const row = await database.db.auditEvent.findFirst({ where: { teamId: team.id, action: "iptv.subscription.extend" }, orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ outcome: "success", message: expect.stringMatching(/not extended again/) });
  });

  it("extends once when the interrupted attempt never reached the panel", async () => {
    const { team, user, input, expiry } = await setUp();
    const before = await expiry();
    await interruptedAttempt(user.id, team.id, input, before + 30 * DAY, before);

    const retry = await extendSubscriptionAction({ ...input, idempotencyKey: newKey() });
    expect(retry.ok).toBe(true);
    const after = await expiry();
    expect(after).toBeGreaterThan(before);
    expect(retry).toMatchObject({ data: { expiresAt: after } });
  });
});
