import { totalsByCurrency, type CurrencyTotal } from "../billing/invoice-rules";
import type { ConnectionBilling, InvoiceRow } from "../billing/types";
import type { TicketRow } from "../tickets/types";

/** A connection's settled read (readAll's or the legacy fan-out's): only the answers count here. */
type Answered<T> = { ok: true; value: T } | { ok: false };

export interface UnpaidSummary {
  unpaid: number;
  overdue: number;
  /** Outstanding per currency (only currencies with something outstanding). */
  totals: CurrencyTotal[];
  /** The few most urgent, overdue first. */
  urgent: InvoiceRow[];
}

export function summarizeUnpaid<R extends Answered<ConnectionBilling>>(results: readonly R[], limit = 5): UnpaidSummary {
  const open = results
    .flatMap((result) => (result.ok ? result.value.invoices : []))
    .filter((row) => row.state === "unpaid" || row.state === "overdue")
    .sort((a, b) => (a.state === b.state ? a.dueDate.localeCompare(b.dueDate) : a.state === "overdue" ? -1 : 1));
  return {
    unpaid: open.length,
    overdue: open.filter((row) => row.state === "overdue").length,
    totals: totalsByCurrency(open),
    urgent: open.slice(0, limit),
  };
}

export function waitingTickets<R extends Answered<TicketRow[]>>(results: readonly R[]): TicketRow[] {
  return results
    .flatMap((result) => (result.ok ? result.value : []))
    .filter((row) => row.waitingForTeam)
    .sort((a, b) => b.lastUpdate.localeCompare(a.lastUpdate));
}
