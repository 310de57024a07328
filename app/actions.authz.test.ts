/// <reference types="vite/client" />
/**
 * Authorization at the action level, for every server action in the app (found by globbing, so a new
 * action is covered the day it is written): no session is refused, a viewer is refused every mutation,
 * and a member of team B gets not-found for team A's things, with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { DefinedAction } from "@/lib/actions/define-action";
import { can } from "@/lib/auth/permissions";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { signInAs, signOut } from "@/lib/testing/mock-session";
import { newKey, seedMember, seedTeam } from "@/lib/testing/seed";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());

// Actions live beside their domain (lib/<area>/actions.ts); a few app-level ones (sign-in, setup) stay in app/.
const modules = import.meta.glob<Record<string, unknown>>(["./**/actions.ts", "../lib/**/actions.ts"], { eager: true });
const actions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DefinedAction<unknown>] => typeof entry[1] === "function" && "meta" in entry[1])
    .map(([name, action]) => ({ id: `${file}#${name}`, action })),
);
const teamActions = actions.filter(({ action }) => action.meta.kind === "team");
const viewerRefused = teamActions.filter(({ action }) => action.meta.mutation && !can("viewer", action.meta.permission!));

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("server actions", () => {
  it("every export of an actions.ts file is built with the one action helper", () => {
    for (const [file, exports] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exports)) {
        expect(typeof value === "function" && "meta" in value, `${file}#${name}`).toBe(true);
      }
    }
    expect(teamActions.length).toBeGreaterThan(10);
  });

  it("only sign-in, sign-out, first-run setup and accepting an invitation work without a session", () => {
    const publicNames = actions.filter(({ action }) => action.meta.kind === "public").map(({ action }) => action.meta.name);
    expect(publicNames.sort()).toEqual(["auth.sign-in", "auth.sign-out", "invitation.accept", "setup.complete"]);
  });

  it.each(teamActions)("$id refuses a caller without a session", async ({ action }) => {
    signOut();
    expect(await action({ idempotencyKey: newKey() })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it.each(viewerRefused)("$id refuses a viewer and changes nothing", async ({ action }) => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "viewer");
    signInAs(user, team, "viewer");
    const before = await Promise.all([
      database.db.connection.count(),
      database.db.membership.count(),
      database.db.invitation.count(),
      database.db.team.count(),
    ]);
    expect(await action({ idempotencyKey: newKey() })).toMatchObject({ ok: false, code: "forbidden" });
    const after = await Promise.all([database.db.connection.count(), database.db.membership.count(), database.db.invitation.count(), database.db.team.count()]);
    expect(after).toEqual(before);
    expect(await database.db.auditEvent.count({ where: { teamId: team.id, actorId: user.id, outcome: "denied" } })).toBe(1);
  });
});

describe("another team's resources", () => {
  it("answer not-found to a member of team B and stay unchanged", async () => {
    const { renameConnectionAction, removeConnectionAction, testConnectionAction, updateConnectionAction } = await import("./(console)/connections/actions");
    const { changeRoleAction, removeMemberAction, revokeInvitationAction } = await import("./(console)/team/actions");
    const teamA = await seedTeam("Team A");
    const teamB = await seedTeam("Team B");
    const ownerA = await seedMember(teamA, "owner");
    const memberA = await seedMember(teamA, "operator");
    const adminB = await seedMember(teamB, "owner");
    const connection = await database.db.connection.create({
      data: { teamId: teamA.id, kind: "ipmodule", label: "A's module", baseUrl: "https://example.com/ip.php", secretCiphertext: "v1.x", secretKeyId: "x" },
    });
    const invitation = await database.db.invitation.create({
      data: { teamId: teamA.id, email: "new@example.test", role: "viewer", tokenHash: newKey(), expiresAt: new Date(Date.now() + 86_400_000) },
    });

    signInAs(adminB.user, teamB, "owner");
    const attempts = [
      renameConnectionAction({ id: connection.id, label: "stolen", idempotencyKey: newKey() }),
      removeConnectionAction({ id: connection.id, idempotencyKey: newKey() }),
      testConnectionAction({ id: connection.id, idempotencyKey: newKey() }),
      updateConnectionAction({ id: connection.id, label: "x", baseUrl: "https://example.org", credentials: {}, idempotencyKey: newKey() }),
      changeRoleAction({ membershipId: memberA.membership.id, role: "viewer", idempotencyKey: newKey() }),
      removeMemberAction({ membershipId: ownerA.membership.id, idempotencyKey: newKey() }),
      revokeInvitationAction({ invitationId: invitation.id, idempotencyKey: newKey() }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: "not-found" });

    expect(await database.db.connection.findUnique({ where: { id: connection.id } })).toMatchObject({ label: "A's module" });
    expect(await database.db.membership.findUnique({ where: { id: memberA.membership.id } })).toMatchObject({ role: "operator" });
    expect(await database.db.membership.count({ where: { teamId: teamA.id } })).toBe(2);
    expect(await database.db.invitation.findUnique({ where: { id: invitation.id } })).toMatchObject({ revokedAt: null });
  });
});
