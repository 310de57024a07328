import "server-only";

import { z } from "zod";

import { db } from "../../db/client";
import { iptvAudit } from "./audit-names";

export interface CreditLedgerRow {
  id: string;
  at: string;
  actor: string;
  connectionLabel: string;
  reseller: string;
  amount: number;
  balance: number | null;
  kind: "opening" | "add";
}

/** What the add-credits and create actions put in `details` (amount and the panel's balance after; no secret). */
export interface CreditDetails {
  resellerId: number;
  reseller: string;
  amount: number;
  balance: number | null;
}

const creditDetails = z.object({
  resellerId: z.number(),
  reseller: z.string(),
  amount: z.number(),
  balance: z.number().nullable().catch(null),
});

export function readCreditDetails(details: unknown): CreditDetails | null {
  const parsed = creditDetails.safeParse(details);
  return parsed.success ? parsed.data : null;
}

/**
 * Every credit change made through Hostdeck, newest first, read from the audit log: who, when, how much and the
 * balance the panel answered with. Changes made in the panel itself are not here (the API has no history call).
 */
export async function creditLedger(teamId: string, limit = 100): Promise<CreditLedgerRow[]> {
  const events = await db().auditEvent.findMany({
    where: { teamId, outcome: "success", action: { in: [iptvAudit.reseller.addCredits, iptvAudit.reseller.create] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, actorName: true, actorEmail: true, connectionLabel: true, action: true, details: true },
  });
  const rows: CreditLedgerRow[] = [];
  for (const event of events) {
    const details = readCreditDetails(event.details);
    if (!details || (event.action === iptvAudit.reseller.create && details.amount === 0)) continue;
    rows.push({
      id: event.id,
      at: event.createdAt.toISOString(),
      actor: event.actorName ?? event.actorEmail ?? "—",
      connectionLabel: event.connectionLabel ?? "—",
      reseller: details.reseller,
      amount: details.amount,
      balance: details.balance,
      kind: event.action === iptvAudit.reseller.create ? "opening" : "add",
    });
  }
  return rows;
}
