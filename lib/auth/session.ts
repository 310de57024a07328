import "server-only";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { db } from "../db/client";
import { auth } from "./config";
import type { Role } from "./permissions";

export const ACTIVE_TEAM_COOKIE = "hostdeck_team";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface TeamContext {
  user: SessionUser;
  team: { id: string; name: string; slug: string };
  role: Role;
  teams: { id: string; name: string; role: Role }[];
}

/**
 * The signed-in user, or null. The JWT callback has already read the server-side session with the user's
 * current name and email (lib/auth/server-sessions.ts), so this costs no further read.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? "" };
});

/**
 * The user's active team (from a cookie, checked against memberships on every request) and role.
 * Null when signed out or when the user belongs to no team any more.
 */
export const currentTeamContext = cache(async (): Promise<TeamContext | null> => {
  const user = await currentUser();
  if (!user) return null;
  const memberships = await db().membership.findMany({
    where: { userId: user.id },
    include: { team: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  });
  if (memberships.length === 0) return null;
  const wanted = (await cookies()).get(ACTIVE_TEAM_COOKIE)?.value;
  const active = memberships.find((m) => m.teamId === wanted) ?? memberships[0]!;
  return {
    user,
    team: active.team,
    role: active.role,
    teams: memberships.map((m) => ({ id: m.team.id, name: m.team.name, role: m.role })),
  };
});

/**
 * For console pages: Next renders a page in parallel with its layout, so a page cannot rely on the
 * layout's redirect; it gets the same redirect here.
 */
export async function requireTeamContext(): Promise<TeamContext> {
  const context = await currentTeamContext();
  if (context) return context;
  redirect((await currentUser()) ? "/no-team" : "/login");
}
