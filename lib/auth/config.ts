import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";

import { clientIp } from "../http/client-ip";
import { endSession, findLiveSession, SESSION_MAX_AGE_SECONDS, startSession } from "./server-sessions";
import { verifyCredentials } from "./verify-credentials";

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
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
  events: {
    // Signing out deletes the session row, so a copy of the cookie is refused from then on.
    async signOut(message) {
      if ("token" in message && message.token) await endSession(message.token.sid);
    },
  },
  callbacks: {
    // The cookie names a server-side session; every request reads it (one read by key, with the user's session
    // version): sign-out, sign-out everywhere, a password change or a removal end the session for every copy.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sv = user.sessionVersion;
        token.sid = await startSession(user.id);
        return token;
      }
      const live = await findLiveSession(token.sid, token.sv);
      if (!live || live.user.id !== token.sub) return null;
      token.name = live.user.name;
      token.email = live.user.email;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
