"use server";

import { z } from "zod";

import { teamAction } from "@/lib/actions/define-action";
import { signIn, signOut } from "@/lib/auth/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/server-sessions";
import { db } from "@/lib/db/client";
import { fieldError } from "@/lib/errors/app-error";
import { passwordField } from "@/lib/setup/complete-setup";

/** A new password ends every other session (the session version moves on); this one signs in again. */
export const changePasswordAction = teamAction({
  name: "account.change-password",
  permission: "team:read",
  input: z.object({ currentPassword: z.string().min(1, "Enter your current password").max(256), newPassword: passwordField }),
  async run({ currentPassword, newPassword }, { user, audit }) {
    audit.target = user.email;
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    if (!(await verifyPassword(stored.passwordHash, currentPassword))) throw fieldError("currentPassword", "That is not your current password.");
    await db().user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    });
    await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
    return { changed: true };
  },
});

/** Ends every session of this user, on every device (this one too): each copy of a session cookie is refused. */
export const signOutEverywhereAction = teamAction({
  name: "account.sign-out-everywhere",
  permission: "team:read",
  input: z.object({}),
  async run(_input, { user, audit }) {
    audit.target = user.email;
    const ended = await endAllSessions(user.id);
    audit.message = `Ended ${ended} session(s)`;
    await signOut({ redirect: false });
    return { redirectTo: "/login" };
  },
});
