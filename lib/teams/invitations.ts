import { createHash, randomBytes } from "node:crypto";

import { z } from "zod";

import { AppError, fieldError } from "@/lib/errors/app-error";

import { hashPassword, verifyPassword } from "../auth/password";
import { outranks, roles, type Role } from "../auth/permissions";
import { db } from "../db/client";
import { passwordField } from "../setup/complete-setup";

const INVITATION_DAYS = 7;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const inviteInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(320),
  role: z.enum(roles),
});

/** The token is returned once (for the link) and only its hash is stored. */
export async function createInvitation(
  team: { id: string },
  inviter: { id: string; role: Role },
  input: z.output<typeof inviteInput>,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  if (!outranks(inviter.role, input.role)) throw fieldError("role", "You cannot invite someone with a higher role than your own.");
  const existing = await db().membership.findFirst({ where: { teamId: team.id, user: { email: input.email } } });
  if (existing) throw fieldError("email", "This person is already a member of the team.");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await db().invitation.create({
    data: { teamId: team.id, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: inviter.id, expiresAt },
  });
  return { id: invitation.id, token, expiresAt };
}

/** What the invite page shows before the invitee acts; null when the link is unusable. */
export async function findOpenInvitation(token: string) {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { team: { select: { id: true, name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date()) return null;
  const existingUser = await db().user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { email: invitation.email, role: invitation.role, team: invitation.team, hasAccount: Boolean(existingUser) };
}

export const acceptInvitationInput = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().max(100).optional(),
  password: z.string().min(1, "Enter a password").max(256),
});

/**
 * New people set their name and password; people who already have an account prove it with their
 * current password. The invitation is consumed with a conditional update, so a link works once.
 */
export async function acceptInvitation(input: z.output<typeof acceptInvitationInput>) {
  const invitation = await db().invitation.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { team: true } });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date()) {
    throw new AppError("not-found", "This invitation link is no longer valid. Ask your team admin for a new one.");
  }
  const existingUser = await db().user.findUnique({ where: { email: invitation.email } });
  if (existingUser) {
    if (!(await verifyPassword(existingUser.passwordHash, input.password))) throw fieldError("password", "Wrong password for this account.");
  } else {
    if (!input.name) throw fieldError("name", "Your name is required");
    const password = passwordField.safeParse(input.password);
    if (!password.success) throw fieldError("password", password.error.issues[0]!.message);
  }
  const passwordHash = existingUser ? undefined : await hashPassword(input.password);

  const user = await db()
    .$transaction(async (tx) => {
      const consumed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: new Date() },
      });
      if (consumed.count !== 1) throw new AppError("conflict", "This invitation was just used.");
      const user = existingUser ?? (await tx.user.create({ data: { email: invitation.email, name: input.name!, passwordHash: passwordHash! } }));
      await tx.membership.upsert({
        where: { userId_teamId: { userId: user.id, teamId: invitation.teamId } },
        create: { userId: user.id, teamId: invitation.teamId, role: invitation.role },
        update: {},
      });
      return user;
    })
    .catch((error: unknown) => {
      // Another invitation for the same person was accepted at the same moment and created the account first.
      if (isUniqueViolation(error)) throw new AppError("conflict", "This account was just created by another invitation. Sign in, then open this link again.");
      throw error;
    });
  return { user: { id: user.id, email: user.email, name: user.name }, team: { id: invitation.team.id, name: invitation.team.name } };
}
