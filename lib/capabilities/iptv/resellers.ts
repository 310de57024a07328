import "server-only";

import { db } from "../../db/client";
import { fanOutConnections, type PerConnection } from "../core/connections";
import { iptvAudit } from "./audit-names";
import { iptvClient } from "./client";
import { mapReseller } from "./mapping";
import type { IptvReseller } from "./types";

/** resellers/list on every IPTV connection. */
export async function listResellers(teamId: string): Promise<PerConnection<IptvReseller[]>[]> {
  return fanOutConnections(teamId, "iptv", async (opened) => {
    const rows = await iptvClient(opened).listResellers();
    const owners = new Map(rows.map((row) => [row.id, row.username]));
    const connection = { id: opened.connection.id, label: opened.connection.label };
    return rows.map((row) => mapReseller(row, connection, owners)).sort((a, b) => a.username.localeCompare(b.username));
  });
}

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

export function readCreditDetails(details: unknown): CreditDetails | null {
  if (!details || typeof details !== "object") return null;
  const value = details as Partial<Record<keyof CreditDetails, unknown>>;
  if (typeof value.amount !== "number" || typeof value.reseller !== "string" || typeof value.resellerId !== "number") return null;
  return { resellerId: value.resellerId, reseller: value.reseller, amount: value.amount, balance: typeof value.balance === "number" ? value.balance : null };
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
