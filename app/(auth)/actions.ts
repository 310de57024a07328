"use server";

import { AuthError } from "next-auth";
import { z } from "zod";

import { publicAction } from "@/lib/actions/define-action";
import { signIn, signInSchema } from "@/lib/auth/config";
import { AppError } from "@/lib/errors/app-error";
import { completeSetup, setupInput } from "@/lib/setup/complete-setup";
import { acceptInvitation, acceptInvitationInput } from "@/lib/teams/invitations";

/** Auth.js reports a failed credentials sign-in as an error whose code we set in `authorize`. */
async function signInWithPassword(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const code = (error as AuthError & { code?: string }).code ?? "";
      if (code.startsWith("locked:")) {
        const minutes = Math.max(1, Math.ceil(Number(code.slice("locked:".length)) / 60));
        throw new AppError("rate-limited", `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
      }
      throw new AppError("unauthenticated", "Wrong email or password.");
    }
    throw error;
  }
}

export const signInAction = publicAction({
  name: "auth.sign-in",
  mutation: false,
  audited: false,
  input: signInSchema.extend({ callbackUrl: z.string().optional() }),
  async run({ email, password, callbackUrl }) {
    await signInWithPassword(email, password);
    // Only same-site paths: never bounce a fresh session to another origin.
    const safe = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
    return { redirectTo: safe };
  },
});

export const setupAction = publicAction({
  name: "setup.complete",
  input: setupInput,
  async run(input, { audit }) {
    const { user, team } = await completeSetup(input);
    audit.actor = user;
    audit.team = team;
    audit.target = `team ${team.name}`;
    await signInWithPassword(input.email, input.password);
    return { redirectTo: "/" };
  },
});

export const acceptInvitationAction = publicAction({
  name: "invitation.accept",
  input: acceptInvitationInput,
  async run(input, { audit }) {
    const { user, team } = await acceptInvitation(input);
    audit.actor = user;
    audit.team = team;
    audit.target = user.email;
    await signInWithPassword(user.email, input.password);
    return { redirectTo: "/" };
  },
});
