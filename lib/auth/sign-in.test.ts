import type * as argon2 from "@node-rs/argon2";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedTeam } from "@/lib/testing/seed";

const argon = vi.hoisted(() => ({ verifyCalls: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof argon2>();
  return {
    ...real,
    verify: async (...args: Parameters<typeof real.verify>) => {
      argon.verifyCalls++;
      return real.verify(...args);
    },
  };
});

const { hashPassword } = await import("./password");
const { verifyCredentials } = await import("./verify-credentials");
const { endAllSessions, endSession, findLiveSession, startSession } = await import("./server-sessions");
const { removeMember } = await import("../teams/members");

let database: TestDatabase;
let counter = 0;
const PASSWORD = "correct horse battery";

async function seedUserWithPassword() {
  counter++;
  return database.db.user.create({
    data: { email: `user${counter}@example.test`, name: `User ${counter}`, passwordHash: await hashPassword(PASSWORD) },
  });
}
const uniqueIp = () => `198.51.100.${++counter}`;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("password hashing", () => {
  it("uses argon2id with OWASP parameters (m=19 MiB, t=2, p=1)", async () => {
    expect(await hashPassword("anything long enough")).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("signing in", () => {
  it("accepts the right password", async () => {
    const user = await seedUserWithPassword();
    expect(await verifyCredentials(user.email, PASSWORD, uniqueIp())).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, sessionVersion: 1 },
    });
  });

  it("gives a wrong password and an unknown email the same answer, each after one argon2 verification", async () => {
    const user = await seedUserWithPassword();
    argon.verifyCalls = 0;
    const wrongPassword = await verifyCredentials(user.email, "not the password", uniqueIp());
    expect(argon.verifyCalls).toBe(1);
    const unknownEmail = await verifyCredentials("nobody@example.test", "not the password", uniqueIp());
    expect(argon.verifyCalls).toBe(2);
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("audits failed sign-ins, with the attempted email for unknown accounts", async () => {
    const ip = uniqueIp();
    await verifyCredentials("ghost@example.test", "whatever", ip);
    expect(await database.db.auditEvent.findFirst({ where: { ip, action: "auth.sign-in" } })).toMatchObject({
      outcome: "failure",
      actorId: null,
      actorEmail: "ghost@example.test",
    });
  });

  it("locks an account after repeated failures, for a growing time that expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await seedUserWithPassword();
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(user.email, "wrong", uniqueIp())).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(user.email, "wrong", uniqueIp())).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 60 });
    // Locked: even the right password is refused, from any address, without checking it.
    expect(await verifyCredentials(user.email, PASSWORD, uniqueIp())).toMatchObject({ ok: false, reason: "locked" });
    expect(await database.db.auditEvent.count({ where: { actorId: user.id, action: "auth.lockout", outcome: "denied" } })).toBe(1);

    vi.setSystemTime(Date.now() + 61_000);
    for (let i = 0; i < 5; i++) await verifyCredentials(user.email, "wrong", uniqueIp());
    expect(await verifyCredentials(user.email, "wrong", uniqueIp())).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 120 });

    vi.setSystemTime(Date.now() + 121_000);
    expect(await verifyCredentials(user.email, PASSWORD, uniqueIp())).toMatchObject({ ok: true });
  });

  it("slows down one address that tries many accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) await verifyCredentials(`spray${i}@example.test`, "wrong", ip);
    expect(await verifyCredentials("spray-next@example.test", "wrong", ip)).toMatchObject({ ok: false, reason: "locked" });
    const user = await seedUserWithPassword();
    expect(await verifyCredentials(user.email, PASSWORD, ip)).toMatchObject({ ok: false, reason: "locked" });
    expect(await verifyCredentials(user.email, PASSWORD, uniqueIp())).toMatchObject({ ok: true });
  });
});

describe("sessions", () => {
  it("end when the password changes (the session version moves on)", async () => {
    const user = await seedUserWithPassword();
    const sid = await startSession(user.id);
    expect(await findLiveSession(sid, 1)).toMatchObject({ user: { email: user.email } });
    await database.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findLiveSession(sid, 1)).toBeNull();
  });

  it("end when the member is removed from a team", async () => {
    const team = await seedTeam();
    const owner = await seedUserWithPassword();
    const member = await seedUserWithPassword();
    const [ownerSid, memberSid] = [await startSession(owner.id), await startSession(member.id)];
    await database.db.membership.create({ data: { teamId: team.id, userId: owner.id, role: "owner" } });
    const membership = await database.db.membership.create({ data: { teamId: team.id, userId: member.id, role: "operator" } });
    await removeMember(team.id, "owner", { membershipId: membership.id });
    expect(await findLiveSession(memberSid, 1)).toBeNull();
    expect(await findLiveSession(ownerSid, 1)).not.toBeNull();
  });

  it("end on sign-out (that session only) and on sign-out everywhere (all of them), and lapse after their lifetime", async () => {
    const user = await seedUserWithPassword();
    const [laptop, phone, tablet] = [await startSession(user.id), await startSession(user.id), await startSession(user.id)];
    await endSession(laptop);
    expect(await findLiveSession(laptop, 1)).toBeNull();
    expect(await findLiveSession(phone, 1)).not.toBeNull();
    expect(await endAllSessions(user.id)).toBe(2);
    expect(await findLiveSession(phone, 1)).toBeNull();
    expect(await findLiveSession(tablet, 1)).toBeNull();
    const later = await startSession(user.id);
    expect(await findLiveSession(later, 1, new Date(Date.now() + 8 * 24 * 60 * 60 * 1000))).toBeNull();
  });

  it("a missing or unknown session id is no session", async () => {
    expect(await findLiveSession(undefined, 1)).toBeNull();
    expect(await findLiveSession("00000000-0000-4000-8000-000000000000", 1)).toBeNull();
  });
});
