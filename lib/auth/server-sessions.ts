import { db } from "../db/client";

/** How long a session lasts without signing in again; the cookie's own lifetime is the same. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export interface LiveSession {
  user: { id: string; name: string; email: string };
}

/** Records a new signed-in browser; its id goes into the session cookie. Lapsed rows of the user go at the same time. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  await db().session.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  const session = await db().session.create({
    data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return session.id;
}

/**
 * The session behind a cookie, or null once it was ended (sign-out, sign-out everywhere), has lapsed, or the
 * user's session version moved on (password change, removal from a team). One read by primary key per request.
 */
export async function findLiveSession(sessionId: unknown, sessionVersion: unknown, now = new Date()): Promise<LiveSession | null> {
  if (typeof sessionId !== "string" || sessionId.length === 0) return null;
  const row = await db().session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, name: true, email: true, sessionVersion: true } } },
  });
  if (!row || row.expiresAt <= now || row.user.sessionVersion !== sessionVersion) return null;
  return { user: { id: row.user.id, name: row.user.name, email: row.user.email } };
}

/** Ends one session (sign-out): the cookie is refused from now on, wherever a copy of it is. */
export async function endSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string" || sessionId.length === 0) return;
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the user, on every device. */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId } });
  return count;
}
