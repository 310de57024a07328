import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";

import { clientIp } from "../http/client-ip";
import { sessionIsCurrent, verifyCredentials } from "./verify-credentials";

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
        const check = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (check.ok) return check.user;
        throw check.reason === "locked" ? new LockedOut(check.retryAfterSeconds) : new InvalidCredentials();
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
      const current = await sessionIsCurrent(token.sub, token.sv);
      if (!current) return null;
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
