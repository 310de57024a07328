"use server";

import { cookies } from "next/headers";
import { z } from "zod";

import { publicAction, teamAction } from "@/lib/actions/define-action";
import { writeAudit } from "@/lib/audit/write";
import { signOut } from "@/lib/auth/config";
import { ACTIVE_TEAM_COOKIE, currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export const switchTeam = teamAction({
  name: "team.switch",
  permission: "team:read",
  mutation: false,
  input: z.object({ teamId: z.string().uuid() }),
  async run({ teamId }, { user }) {
    const membership = await db().membership.findUnique({ where: { userId_teamId: { userId: user.id, teamId } } });
    if (!membership) throw notFound("This team");
    (await cookies()).set(ACTIVE_TEAM_COOKIE, teamId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 60 * 60 });
    return { teamId };
  },
});

export const signOutAction = publicAction({
  name: "auth.sign-out",
  mutation: false,
  input: z.object({}),
  async run(_input, { ip }) {
    const user = await currentUser();
    await signOut({ redirect: false });
    if (user) await writeAudit({ action: "auth.sign-out", outcome: "success", actor: user, ip });
    return { redirectTo: "/login" };
  },
});
