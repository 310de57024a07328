import { z } from "zod";

import { AppError, notFound } from "@/lib/errors/app-error";

import { outranks, roles, type Role } from "../auth/permissions";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export function listMembers(teamId: string) {
  return db().membership.findMany({
    where: { teamId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export function listOpenInvitations(teamId: string) {
  return db().invitation.findMany({
    where: { teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export const changeRoleInput = z.object({ membershipId: z.string().uuid(), role: z.enum(roles) });
export const removeMemberInput = z.object({ membershipId: z.string().uuid() });

type Tx = Prisma.TransactionClient;

/**
 * Serializes membership changes of one team: the team row is locked until the transaction ends, so two
 * owners demoting each other at once are counted one after the other (PostgreSQL's default isolation would
 * let both counts see two owners).
 */
async function lockTeam(tx: Tx, teamId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
}

async function loadMembership(tx: Tx, teamId: string, membershipId: string) {
  await lockTeam(tx, teamId);
  const membership = await tx.membership.findFirst({ where: { id: membershipId, teamId }, include: { user: true } });
  if (!membership) throw notFound("This member");
  return membership;
}

/** The last owner of a team can be neither demoted nor removed; counted inside the same transaction. */
async function assertNotLastOwner(tx: Tx, teamId: string, membership: { role: Role }) {
  if (membership.role !== "owner") return;
  const owners = await tx.membership.count({ where: { teamId, role: "owner" } });
  if (owners <= 1) throw new AppError("conflict", "A team needs at least one owner. Make someone else owner first.");
}

/** Only someone at least as high as both the old and the new role may change it (admins cannot touch owners). */
export async function changeRole(teamId: string, actorRole: Role, input: z.output<typeof changeRoleInput>) {
  return db().$transaction(async (tx) => {
    const membership = await loadMembership(tx, teamId, input.membershipId);
    if (!outranks(actorRole, membership.role) || !outranks(actorRole, input.role)) {
      throw new AppError("forbidden", "You cannot change the role of someone above you, or give a role above your own.");
    }
    if (input.role !== "owner") await assertNotLastOwner(tx, teamId, membership);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    return { email: membership.user.email, from: membership.role, to: input.role };
  });
}

/** Removal also ends the person's sessions (their session version moves on). */
export async function removeMember(teamId: string, actorRole: Role, input: z.output<typeof removeMemberInput>) {
  return db().$transaction(async (tx) => {
    const membership = await loadMembership(tx, teamId, input.membershipId);
    if (!outranks(actorRole, membership.role)) throw new AppError("forbidden", "You cannot remove someone above you.");
    await assertNotLastOwner(tx, teamId, membership);
    await tx.membership.delete({ where: { id: membership.id } });
    await tx.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    return { email: membership.user.email };
  });
}

export async function revokeInvitation(teamId: string, invitationId: string) {
  const result = await db().invitation.updateMany({ where: { id: invitationId, teamId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  if (result.count === 0) throw notFound("This invitation");
}
