"use server";

import { headers } from "next/headers";
import { z } from "zod";

import { teamAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { createInvitation, inviteInput } from "@/lib/teams/invitations";
import { changeRole, changeRoleInput, removeMember, removeMemberInput, revokeInvitation } from "@/lib/teams/members";
import { uniqueTeamSlug } from "@/lib/teams/slug";

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export const inviteMemberAction = teamAction({
  name: "member.invite",
  permission: "members:manage",
  input: inviteInput,
  async run(input, { team, user, role, audit }) {
    audit.target = `${input.email} as ${input.role}`;
    const invitation = await createInvitation(team, { id: user.id, role }, input);
    return { link: `${await origin()}/invite/${invitation.token}`, email: input.email, expiresAt: invitation.expiresAt.toISOString() };
  },
  // The link is shown once; a repeated submit learns it was created, not the token.
  replay: (data) => ({ ...data, link: "" }),
});

export const changeRoleAction = teamAction({
  name: "member.change-role",
  permission: "members:manage",
  input: changeRoleInput,
  async run(input, { team, role, audit }) {
    const change = await changeRole(team.id, role, input);
    audit.target = `${change.email}: ${change.from} → ${change.to}`;
    return change;
  },
});

export const removeMemberAction = teamAction({
  name: "member.remove",
  permission: "members:manage",
  input: removeMemberInput,
  async run(input, { team, role, audit }) {
    const removed = await removeMember(team.id, role, input);
    audit.target = removed.email;
    return removed;
  },
});

export const revokeInvitationAction = teamAction({
  name: "invitation.revoke",
  permission: "members:manage",
  input: z.object({ invitationId: z.string().uuid() }),
  async run({ invitationId }, { team, audit }) {
    audit.target = invitationId;
    await revokeInvitation(team.id, invitationId);
    return { invitationId };
  },
});

export const createTeamAction = teamAction({
  name: "team.create",
  permission: "team:read",
  input: z.object({ name: z.string().trim().min(1, "Name the team").max(80) }),
  async run({ name }, { user, audit }) {
    const slug = await uniqueTeamSlug(name);
    const team = await db().team.create({ data: { name, slug, memberships: { create: { userId: user.id, role: "owner" } } } });
    audit.target = `team ${team.name}`;
    return { id: team.id, name: team.name };
  },
});
