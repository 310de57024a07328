import { randomBytes } from "node:crypto";

import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

import type { SandboxEnv } from "../core/faults";
import { notLoggedIn, X4bApiError } from "./api-error";
import { optionalString, requiredString, type X4bArgs } from "./args";
import type { X4bAccount, X4bState } from "./state";

export const SESSION_COOKIE = "PHPSESSID";
/** PHP's default session.gc_maxlifetime: a session idle for 24 minutes is gone. */
export const SESSION_IDLE_MS = 24 * 60 * 1000;

const invalidHostKey = () => new X4bApiError("Invalid HOST_KEY", "Authentication Error");

/**
 * The account behind a call: a HOST_KEY argument, else the PHP session cookie. An expired session looks exactly
 * like no session ("Not logged in"), as it does with PHP sessions.
 */
export function authenticate(c: Context<SandboxEnv>, args: X4bArgs, state: X4bState): X4bAccount {
  const expired = c.get("forceExpiredCredentials");
  const hostKey = optionalString(args, "HOST_KEY");
  if (hostKey !== undefined) {
    const account = state.accounts.find((candidate) => candidate.hostKey === hostKey);
    if (!account || expired) throw invalidHostKey();
    return account;
  }
  const sessionId = getCookie(c, SESSION_COOKIE);
  const session = sessionId ? state.sessions.get(sessionId) : undefined;
  if (!sessionId || !session) throw notLoggedIn();
  const now = Date.now();
  if (expired || now - session.lastSeen > SESSION_IDLE_MS) {
    state.sessions.delete(sessionId);
    throw notLoggedIn();
  }
  session.lastSeen = now;
  const account = state.accounts.find((candidate) => candidate.id === session.accountId);
  if (!account) throw notLoggedIn();
  return account;
}

/** User/login: checks user and pass, then starts a fresh session (the old id, if any, is destroyed). */
export function login(c: Context<SandboxEnv>, args: X4bArgs, state: X4bState): true {
  const user = requiredString(args, "user");
  const pass = typeof args.pass === "string" ? args.pass : "";
  if (pass === "") requiredString(args, "pass");
  const account = state.accounts.find((candidate) => candidate.user.toLowerCase() === user.toLowerCase() && candidate.pass === pass);
  if (!account) throw new X4bApiError("Invalid username or password", "Authentication Error");
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous) state.sessions.delete(previous);
  const sessionId = randomBytes(13).toString("hex");
  state.sessions.set(sessionId, { accountId: account.id, lastSeen: Date.now() });
  state.logins += 1;
  setCookie(c, SESSION_COOKIE, sessionId, { path: "/", httpOnly: true });
  return true;
}
