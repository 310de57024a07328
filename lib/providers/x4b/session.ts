import { createHash } from "node:crypto";

/**
 * X4B login sessions, one per connection, kept in this module so every client built for the same connection
 * shares it. The fingerprint ties a session to the credentials that opened it: new credentials, new login.
 */
interface CachedSession {
  fingerprint: string;
  cookie: string;
}

const sessions = new Map<string, CachedSession>();
const loginsInFlight = new Map<string, { fingerprint: string; promise: Promise<string> }>();

export function sessionFingerprint(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

/** The cached cookie, or one from a fresh login (concurrent callers share a single login). */
export async function getSessionCookie(connectionId: string, fingerprint: string, login: () => Promise<string>): Promise<string> {
  const cached = sessions.get(connectionId);
  if (cached?.fingerprint === fingerprint) return cached.cookie;
  const inFlight = loginsInFlight.get(connectionId);
  if (inFlight?.fingerprint === fingerprint) return inFlight.promise;
  const promise = login()
    .then((cookie) => {
      sessions.set(connectionId, { fingerprint, cookie });
      return cookie;
    })
    .finally(() => {
      if (loginsInFlight.get(connectionId)?.promise === promise) loginsInFlight.delete(connectionId);
    });
  loginsInFlight.set(connectionId, { fingerprint, promise });
  return promise;
}

/** Forgets the session only if it is still the one that failed (another call may have renewed it already). */
export function dropSessionCookie(connectionId: string, cookie: string): void {
  if (sessions.get(connectionId)?.cookie === cookie) sessions.delete(connectionId);
}

/** Keeps a rotated session id. */
export function replaceSessionCookie(connectionId: string, previous: string, next: string): void {
  const cached = sessions.get(connectionId);
  if (cached?.cookie === previous) sessions.set(connectionId, { ...cached, cookie: next });
}

/** For a connection that is deleted or re-keyed, and for tests. */
export function forgetX4bSession(connectionId: string): void {
  sessions.delete(connectionId);
  loginsInFlight.delete(connectionId);
}
