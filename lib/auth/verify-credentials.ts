import { writeAudit } from "../audit/write";
import { db } from "../db/client";
import { verifyPassword } from "./password";
import { signInThrottle } from "./sign-in-throttle";

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * Known and unknown emails take the same path (one argon2 verification each) and get the same answer;
 * failures and lockouts are audited; repeated failures per account and per IP lock out for growing periods.
 */
export async function verifyCredentials(email: string, password: string, ip: string): Promise<CredentialCheck> {
  const throttle = signInThrottle();
  const wait = await throttle.retryAfter(email, ip);
  if (wait > 0) return { ok: false, reason: "locked", retryAfterSeconds: wait };

  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) {
    const { lockedForSeconds } = await throttle.recordFailure(email, ip);
    const actor = user ? { id: user.id, email: user.email, name: user.name } : null;
    await writeAudit({ action: "auth.sign-in", outcome: "failure", actor, attemptedEmail: email, ip, message: "Wrong email or password" });
    if (lockedForSeconds > 0) {
      await writeAudit({
        action: "auth.lockout",
        outcome: "denied",
        actor,
        attemptedEmail: email,
        ip,
        message: `Locked for ${lockedForSeconds} s after repeated failures`,
      });
      return { ok: false, reason: "locked", retryAfterSeconds: lockedForSeconds };
    }
    return { ok: false, reason: "invalid" };
  }
  await throttle.recordSuccess(email);
  await writeAudit({ action: "auth.sign-in", outcome: "success", actor: user, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
