"use client";

import { format } from "date-fns";
import { Copy, UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { outranks, roleLabels, roles, type Role } from "@/lib/auth/permissions";
import { useAction } from "@/lib/ui/use-action";

import { changeRoleAction, createTeamAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./actions";

interface Member {
  id: string;
  userId: string;
  role: Role;
  name: string;
  email: string;
  since: string;
}

interface OpenInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
}

const roleHelp: Record<Role, string> = {
  viewer: "Reads everything, changes nothing.",
  operator: "Day-to-day changes: DNS records, power actions, lines, ACLs, tickets.",
  admin: "Also connections, destructive actions and members.",
  owner: "Also the team itself and ownership.",
};

export function TeamClient({
  currentUserId,
  myRole,
  canManage,
  members,
  invitations,
}: {
  currentUserId: string;
  myRole: Role;
  canManage: boolean;
  members: Member[];
  invitations: OpenInvitation[];
}) {
  const router = useRouter();
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const assignable = roles.filter((role) => outranks(myRole, role));
  const changeRole = useAction(changeRoleAction, { onSuccess: () => router.refresh() });
  const revoke = useAction(revokeInvitationAction, { onSuccess: () => router.refresh() });

  return (
    <div className="space-y-6">
      {canManage ? (
        <div className="flex justify-end">
          <Button onClick={() => setInviting(true)}>
            <UserPlus className="h-4 w-4" aria-hidden /> Invite member
          </Button>
        </div>
      ) : null}
      <div aria-live="polite">
        {changeRole.result && !changeRole.result.ok ? <ErrorNote>{changeRole.result.error}</ErrorNote> : null}
        {revoke.result && !revoke.result.ok ? <ErrorNote>{revoke.result.error}</ErrorNote> : null}
      </div>
      <Card>
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Members">
          {members.map((member) => {
            const editable = canManage && outranks(myRole, member.role);
            return (
              <li key={member.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="member-row">
                <div className="min-w-0">
                  <p className="truncate font-medium">
                    {member.name} {member.userId === currentUserId ? <Badge>you</Badge> : null}
                  </p>
                  <p className="truncate text-sm text-slate-500 dark:text-slate-400">{member.email}</p>
                </div>
                <div className="flex items-center gap-2">
                  {editable ? (
                    <label className="flex items-center gap-2 text-sm">
                      <span className="sr-only">Role of {member.name}</span>
                      <select
                        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
                        value={member.role}
                        disabled={changeRole.pending}
                        onChange={(event) => void changeRole.run({ membershipId: member.id, role: event.target.value })}
                      >
                        {assignable.map((role) => (
                          <option key={role} value={role}>
                            {roleLabels[role]}
                          </option>
                        ))}
                      </select>
                    </label>
                  ) : (
                    <Badge tone={member.role === "owner" ? "info" : "neutral"}>{roleLabels[member.role]}</Badge>
                  )}
                  {editable && member.userId !== currentUserId ? (
                    <Button variant="ghost" size="sm" onClick={() => setRemoving(member)} aria-label={`Remove ${member.name}`}>
                      Remove
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </Card>

      {canManage && invitations.length > 0 ? (
        <section>
          <h2 className="mb-2 text-sm font-semibold text-slate-600 dark:text-slate-300">Open invitations</h2>
          <Card>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex items-center justify-between gap-3 p-4 text-sm">
                  <span className="min-w-0 truncate">
                    {invitation.email} · {roleLabels[invitation.role]} · expires {format(new Date(invitation.expiresAt), "d MMM yyyy")}
                  </span>
                  <Button variant="ghost" size="sm" pending={revoke.pending} onClick={() => void revoke.run({ invitationId: invitation.id })}>
                    Revoke
                  </Button>
                </li>
              ))}
            </ul>
          </Card>
        </section>
      ) : null}

      <NewTeam />

      <Dialog open={inviting} onOpenChange={setInviting} title="Invite a member" description="They get a one-time link to set a password and join.">
        <InviteForm roles={assignable} onClose={() => setInviting(false)} />
      </Dialog>
      <Dialog open={removing !== null} onOpenChange={(open) => !open && setRemoving(null)} title="Remove member">
        {removing ? <RemoveMember member={removing} onDone={() => setRemoving(null)} /> : null}
      </Dialog>
    </div>
  );
}

function InviteForm({ roles: assignable, onClose }: { roles: Role[]; onClose: () => void }) {
  const router = useRouter();
  const [copied, setCopied] = useState(false);
  const { run, pending, result, fieldError } = useAction(inviteMemberAction, { onSuccess: () => router.refresh() });
  if (result?.ok) {
    return (
      <div className="space-y-4">
        <SuccessNote>Invitation for {result.data.email} created. This link is shown only once; send it to them yourself.</SuccessNote>
        {result.data.link ? (
          <div className="flex gap-2">
            <input
              readOnly
              value={result.data.link}
              aria-label="Invitation link"
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950"
            />
            <Button
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(result.data.link).then(() => setCopied(true))}
              aria-label="Copy invitation link"
            >
              <Copy className="h-4 w-4" aria-hidden /> {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        ) : null}
        <div className="flex justify-end">
          <Button onClick={onClose}>Done</Button>
        </div>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(new FormData(event.currentTarget));
      }}
    >
      <TextField label="Email" name="email" type="email" required error={fieldError("email")} />
      <SelectField
        label="Role"
        name="role"
        defaultValue="operator"
        options={assignable.map((role) => ({ value: role, label: `${roleLabels[role]} — ${roleHelp[role]}` }))}
        error={fieldError("role")}
      />
      <div aria-live="polite">{result && !result.ok && !result.fieldErrors ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Create invitation link
        </Button>
      </div>
    </form>
  );
}

function RemoveMember({ member, onDone }: { member: Member; onDone: () => void }) {
  const router = useRouter();
  const { run, pending, result } = useAction(removeMemberAction, {
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Remove <strong>{member.name}</strong> ({member.email}) from the team? They are signed out at once.
      </p>
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button variant="danger" pending={pending} onClick={() => void run({ membershipId: member.id })}>
          Remove member
        </Button>
      </div>
    </div>
  );
}

function NewTeam() {
  const router = useRouter();
  const { run, pending, result, fieldError } = useAction(createTeamAction, { onSuccess: () => router.refresh() });
  return (
    <details className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-medium">Start another team</summary>
      <p className="mt-2 text-slate-600 dark:text-slate-400">You become its owner and can switch between teams in the team menu.</p>
      <form
        className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run(new FormData(event.currentTarget));
        }}
      >
        <div className="flex-1">
          <TextField label="Team name" name="name" required error={fieldError("name")} />
        </div>
        <Button type="submit" pending={pending}>
          Create team
        </Button>
      </form>
      <div aria-live="polite" className="mt-2">
        {result?.ok ? <SuccessNote>Team {result.data.name} created. Switch to it from the team menu.</SuccessNote> : null}
      </div>
    </details>
  );
}
