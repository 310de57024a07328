import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { listMembers, listOpenInvitations } from "@/lib/teams/members";

import { TeamClient } from "./page-client";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const context = await requireTeamContext();
  const canManage = can(context.role, "members:manage");
  const [members, invitations] = await Promise.all([listMembers(context.team.id), canManage ? listOpenInvitations(context.team.id) : []]);
  return (
    <>
      <PageHeader title="Team" description={`Members of ${context.team.name} and what each may do.`} />
      <TeamClient
        currentUserId={context.user.id}
        myRole={context.role}
        canManage={canManage}
        members={members.map((m) => ({ id: m.id, role: m.role, userId: m.user.id, name: m.user.name, email: m.user.email, since: m.createdAt.toISOString() }))}
        invitations={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))}
      />
    </>
  );
}
