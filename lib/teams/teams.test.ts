import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { writeAudit } from "@/lib/audit/write";
import { hashPassword } from "@/lib/auth/password";
import { openTestDatabase, testBackends, type TestDatabase } from "@/lib/db/testing";
import { seedMember, seedTeam } from "@/lib/testing/seed";

import { acceptInvitation, createInvitation, findOpenInvitation } from "./invitations";
import { changeRole, removeMember } from "./members";

describe.each(testBackends())("teams on %s", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });

  it("the last owner can be neither demoted nor removed; with two owners one may go", async () => {
    const team = await seedTeam();
    const first = await seedMember(team, "owner");
    await expect(changeRole(team.id, "owner", { membershipId: first.membership.id, role: "admin" })).rejects.toThrow(/at least one owner/);
    await expect(removeMember(team.id, "owner", { membershipId: first.membership.id })).rejects.toThrow(/at least one owner/);
    const second = await seedMember(team, "admin");
    await changeRole(team.id, "owner", { membershipId: second.membership.id, role: "owner" });
    await changeRole(team.id, "owner", { membershipId: first.membership.id, role: "admin" });
    expect(await database.db.membership.count({ where: { teamId: team.id, role: "owner" } })).toBe(1);
  });

  it("two owners demoting or removing each other at the same moment never leave the team without an owner", async () => {
    for (let pair = 0; pair < 5; pair++) {
      const team = await seedTeam();
      const one = await seedMember(team, "owner");
      const two = await seedMember(team, "owner");
      const moves = [
        pair % 2 === 0
          ? changeRole(team.id, "owner", { membershipId: one.membership.id, role: "admin" })
          : removeMember(team.id, "owner", { membershipId: one.membership.id }),
        changeRole(team.id, "owner", { membershipId: two.membership.id, role: "viewer" }),
      ];
      const outcomes = await Promise.allSettled(moves);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
      expect(String(refused.reason)).toMatch(/at least one owner/);
      expect(await database.db.membership.count({ where: { teamId: team.id, role: "owner" } })).toBe(1);
    }
  });

  it("two invitations of the same person accepted at the same moment make one membership", async () => {
    const team = await seedTeam();
    const owner = await seedMember(team, "owner");
    const email = `twice-${Date.now()}@example.test`;
    const first = await createInvitation(team, { id: owner.user.id, role: "owner" }, { email, role: "viewer" });
    const second = await createInvitation(team, { id: owner.user.id, role: "owner" }, { email, role: "operator" });
    const outcomes = await Promise.allSettled([
      acceptInvitation({ token: first.token, name: "Twice", password: "a long enough password" }),
      acceptInvitation({ token: second.token, name: "Twice", password: "a long enough password" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "conflict" });
    expect(await database.db.user.count({ where: { email } })).toBe(1);
    expect(await database.db.membership.count({ where: { teamId: team.id, user: { email } } })).toBe(1);
  });

  it("an admin cannot touch an owner or hand out ownership", async () => {
    const team = await seedTeam();
    const owner = await seedMember(team, "owner");
    const operator = await seedMember(team, "operator");
    await expect(removeMember(team.id, "admin", { membershipId: owner.membership.id })).rejects.toThrow(/above you/);
    await expect(changeRole(team.id, "admin", { membershipId: operator.membership.id, role: "owner" })).rejects.toThrow(/above your own/);
    await changeRole(team.id, "admin", { membershipId: operator.membership.id, role: "viewer" });
  });

  it("an invitation link works once, for a new person", async () => {
    const team = await seedTeam();
    const owner = await seedMember(team, "owner");
    const { token } = await createInvitation(team, { id: owner.user.id, role: "owner" }, { email: "new.person@example.test", role: "operator" });
    expect(await findOpenInvitation(token)).toMatchObject({ email: "new.person@example.test", role: "operator", hasAccount: false });
    const joined = await acceptInvitation({ token, name: "New Person", password: "a long enough password" });
    expect(await database.db.membership.findFirst({ where: { teamId: team.id, userId: joined.user.id } })).toMatchObject({ role: "operator" });
    expect(await findOpenInvitation(token)).toBeNull();
    await expect(acceptInvitation({ token, name: "Again", password: "a long enough password" })).rejects.toThrow(/no longer valid/);
    const stored = await database.db.invitation.findFirstOrThrow({ where: { teamId: team.id } });
    expect(stored.tokenHash).not.toContain(token);
  });

  it("someone who already has an account joins a second team with their own password", async () => {
    const teamA = await seedTeam();
    const teamB = await seedTeam();
    const ownerB = await seedMember(teamB, "owner");
    const person = await database.db.user.create({
      data: { email: "multi@example.test", name: "Multi", passwordHash: await hashPassword("their own password") },
    });
    await database.db.membership.create({ data: { teamId: teamA.id, userId: person.id, role: "viewer" } });
    const { token } = await createInvitation(teamB, { id: ownerB.user.id, role: "owner" }, { email: "multi@example.test", role: "admin" });
    await expect(acceptInvitation({ token, password: "not their password" })).rejects.toMatchObject({
      fieldErrors: { password: ["Wrong password for this account."] },
    });
    await acceptInvitation({ token, password: "their own password" });
    const roles = await database.db.membership.findMany({ where: { userId: person.id }, orderBy: { role: "asc" } });
    expect(roles.map((m) => [m.teamId, m.role])).toEqual(
      expect.arrayContaining([
        [teamA.id, "viewer"],
        [teamB.id, "admin"],
      ]),
    );
  });

  it("audit rows keep the actor's name and email after the user is deleted", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "admin");
    await writeAudit({ action: "connection.create", outcome: "success", actor: user, team, target: "x4b · Edge" });
    await database.db.user.delete({ where: { id: user.id } });
    expect(await database.db.auditEvent.findFirst({ where: { teamId: team.id, action: "connection.create" } })).toMatchObject({
      actorId: user.id,
      actorEmail: user.email,
      actorName: user.name,
      teamName: team.name,
    });
  });
});
