import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";

import { writeAudit } from "../audit/write";
import { db } from "../db/client";
import { clientIp } from "../http/client-ip";
import { verifyPassword } from "./password";
import { signInThrottle } from "./sign-in-throttle";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you signed up with").max(320),
  password: z.string().min(1, "Enter your password").max(1024),
});

class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}

class LockedOut extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `locked:${seconds}`;
  }
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // Auth.js logs failed credential sign-ins as errors with the request; we audit them instead.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error.name, error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        const throttle = signInThrottle();

        const wait = await throttle.retryAfter(email, ip);
        if (wait > 0) throw new LockedOut(wait);

        const user = await db().user.findUnique({ where: { email } });
        const valid = await verifyPassword(user?.passwordHash, password);
        if (!user || !valid) {
          const { lockedForSeconds } = await throttle.recordFailure(email, ip);
          const actor = user ? { id: user.id, email: user.email, name: user.name } : null;
          await writeAudit({ action: "auth.sign-in", outcome: "failure", actor, attemptedEmail: email, ip, message: "Wrong email or password" });
          if (lockedForSeconds > 0) {
            await writeAudit({ action: "auth.lockout", outcome: "denied", actor, attemptedEmail: email, ip, message: `Locked for ${lockedForSeconds} s after repeated failures` });
            throw new LockedOut(lockedForSeconds);
          }
          throw new InvalidCredentials();
        }
        await throttle.recordSuccess(email);
        await writeAudit({ action: "auth.sign-in", outcome: "success", actor: user, ip });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Every request re-reads the user's session version: a password change or a removal ends old sessions.
    async jwt({ token, user }) {
      if (user) {
        token.sv = user.sessionVersion;
        return token;
      }
      if (!token.sub) return null;
      const current = await db().user.findUnique({ where: { id: token.sub }, select: { sessionVersion: true, name: true, email: true } });
      if (!current || current.sessionVersion !== token.sv) return null;
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
