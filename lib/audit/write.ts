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

function rowOf(entry: AuditEntry) {
  return {
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
  };
}

/**
 * Write-ahead accounting: the row is written with outcome "started" before the provider is called, and
 * `finishAudit` turns it into the outcome once known. A row left "started" tells of a change that was interrupted.
 */
export async function startAudit(entry: Omit<AuditEntry, "outcome">): Promise<string> {
  const row = await db().auditEvent.create({ data: rowOf({ ...entry, outcome: "started" }), select: { id: true } });
  return row.id;
}

export async function finishAudit(id: string, entry: AuditEntry): Promise<void> {
  await db().auditEvent.update({ where: { id }, data: rowOf(entry) });
}

/** For a started row whose change turned out to be refused input: nothing happened, so nothing is kept. */
export async function dropStartedAudit(id: string): Promise<void> {
  await db().auditEvent.deleteMany({ where: { id, outcome: "started" } });
}

/** The one audit writer. It stores names by value so rows outlive users, and never takes raw input. */
export async function writeAudit(entry: AuditEntry): Promise<void> {
  await db().auditEvent.create({ data: rowOf(entry) });
}
