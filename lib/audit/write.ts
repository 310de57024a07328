import { db } from "../db/client";
import type { AuditOutcome, Prisma } from "../db/generated/client";

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  actor?: { id: string; email: string; name: string } | null;
  /** For sign-in attempts with no user behind them. */
  attemptedEmail?: string;
  team?: { id: string; name: string } | null;
  connection?: { id: string; label: string } | null;
  target?: string;
  message?: string;
  ip?: string;
  /** Small, non-secret facts only: callers pass explicit fields, never raw input. */
  details?: Prisma.InputJsonValue;
}

/** The one audit writer. It stores names by value so rows outlive users, and never takes raw input. */
export async function writeAudit(entry: AuditEntry): Promise<void> {
  await db().auditEvent.create({
    data: {
      action: entry.action,
      outcome: entry.outcome,
      actorId: entry.actor?.id,
      actorEmail: entry.actor?.email ?? entry.attemptedEmail,
      actorName: entry.actor?.name,
      teamId: entry.team?.id,
      teamName: entry.team?.name,
      connectionId: entry.connection?.id,
      connectionLabel: entry.connection?.label,
      target: entry.target,
      message: entry.message?.slice(0, 500),
      ip: entry.ip,
      details: entry.details,
    },
  });
}
