import type { Metadata } from "next";

import { Card } from "@/components/ui/card";
import { roleLabels } from "@/lib/auth/permissions";
import { findOpenInvitation } from "@/lib/teams/invitations";

import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Join a team" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <Card className="p-6">
        <h1 className="text-xl font-semibold">This invitation link is no longer valid</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">It was already used, revoked, or it expired. Ask your team admin for a new link.</p>
      </Card>
    );
  }
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">Join {invitation.team.name}</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        You were invited as <strong>{roleLabels[invitation.role]}</strong> with {invitation.email}.{" "}
        {invitation.hasAccount ? "Enter your Hostdeck password to join." : "Choose your name and a password to join."}
      </p>
      <AcceptInvitationForm token={token} hasAccount={invitation.hasAccount} email={invitation.email} />
    </Card>
  );
}
