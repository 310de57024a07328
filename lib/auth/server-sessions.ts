import { db } from "../db/client";
import { isRecordId } from "../validation/plain-text";

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
  if (!isRecordId(sessionId)) return null;
  // One round trip (Prisma would read the session and its user separately): both by primary key.
  const [row] = await db().$queryRaw<{ expiresAt: Date; id: string; name: string; email: string; sessionVersion: number }[]>`
    SELECT s."expiresAt", u.id, u.name, u.email, u."sessionVersion"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId}`;
  if (!row || new Date(row.expiresAt) <= now || row.sessionVersion !== sessionVersion) return null;
  return { user: { id: row.id, name: row.name, email: row.email } };
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
