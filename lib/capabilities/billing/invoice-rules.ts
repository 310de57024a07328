import { z } from "zod";

import type { InvoiceDetail, InvoiceRow, InvoiceState, ProviderInvoice, ProviderInvoiceDetail } from "./types";

/** Today as YYYY-MM-DD (UTC), the form HostBill dates come in. */
export function todayYmd(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Unpaid past its due date is overdue; the provider's other words map to the few states the UI colours. */
export function invoiceState(status: string, dueDate: string, today: string): InvoiceState {
  const word = status.trim().toLowerCase();
  if (word === "unpaid" || word === "payment pending") return dueDate.slice(0, 10) < today ? "overdue" : "unpaid";
  if (word === "paid") return "paid";
  if (word === "cancelled" || word === "canceled") return "cancelled";
  return "other";
}

/** The console's reading of a provider's invoice: whose it is and what state it is in today. */
export function toInvoiceRow(connection: { id: string; label: string }, invoice: ProviderInvoice, today: string): InvoiceRow {
  return { ...invoice, connectionId: connection.id, connectionLabel: connection.label, state: invoiceState(invoice.status, invoice.dueDate, today) };
}

export function withInvoiceState(invoice: ProviderInvoiceDetail, today: string): InvoiceDetail {
  return { ...invoice, state: invoiceState(invoice.status, invoice.dueDate, today) };
}

/** An invoice id in a path: HostBill's are numbers; anything else names no invoice. */
export const invoiceIdSchema = z.string().regex(/^\d{1,18}$/);

export const invoiceSorts = ["attention", "date", "due", "total", "number"] as const;
export const invoiceStatusFilters = ["all", "open", "overdue", "unpaid", "paid", "cancelled"] as const;

/** List options, shared by the page and the CSV export (query string → options). */
export const invoiceQuerySchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  status: z.enum(invoiceStatusFilters).catch("all").default("all"),
  currency: z.string().trim().max(10).catch("").default(""),
  connection: z.string().trim().max(100).catch("").default(""),
  sort: z.enum(invoiceSorts).catch("attention").default("attention"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
});
export type InvoiceQuery = z.output<typeof invoiceQuerySchema>;

const attentionRank: Record<InvoiceState, number> = { overdue: 0, unpaid: 1, other: 2, paid: 3, cancelled: 4 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * "attention": overdue first (oldest due date first), then unpaid (soonest due first), then the rest newest
 * first. Other sorts order by one column in `dir`; ties fall back to the newest date, then the number.
 */
export function sortInvoices(rows: readonly InvoiceRow[], sort: InvoiceQuery["sort"] = "attention", dir: InvoiceQuery["dir"] = "desc"): InvoiceRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const tieBreak = (a: InvoiceRow, b: InvoiceRow) =>
    compareText(b.date, a.date) || compareText(b.number, a.number) || compareText(a.connectionLabel, b.connectionLabel);
  const byColumn: Record<Exclude<InvoiceQuery["sort"], "attention">, (a: InvoiceRow, b: InvoiceRow) => number> = {
    date: (a, b) => compareText(a.date, b.date),
    due: (a, b) => compareText(a.dueDate, b.dueDate),
    total: (a, b) => a.total - b.total,
    number: (a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }),
  };
  return [...rows].sort((a, b) => {
    if (sort === "attention") {
      const rank = attentionRank[a.state] - attentionRank[b.state];
      if (rank !== 0) return rank;
      if (a.state === "overdue" || a.state === "unpaid") return compareText(a.dueDate, b.dueDate) || tieBreak(a, b);
      return tieBreak(a, b);
    }
    return sign * byColumn[sort](a, b) || tieBreak(a, b);
  });
}

/** Status, currency, connection and a free-text search over number, status, connection, currency and total. */
export function filterInvoices(rows: readonly InvoiceRow[], query: Pick<InvoiceQuery, "q" | "status" | "currency" | "connection">): InvoiceRow[] {
  const needle = query.q.trim().toLowerCase();
  return rows.filter((row) => {
    if (query.status === "open" && row.state !== "overdue" && row.state !== "unpaid") return false;
    if (query.status !== "all" && query.status !== "open" && row.state !== query.status) return false;
    if (query.currency && row.currency !== query.currency) return false;
    if (query.connection && row.connectionId !== query.connection) return false;
    if (!needle) return true;
    return [row.number, row.id, row.status, row.connectionLabel, row.currency, row.total.toFixed(2), row.date, row.dueDate].some((field) =>
      field.toLowerCase().includes(needle),
    );
  });
}

/** Filter then sort, as the page and the CSV export both show it. */
export function queryInvoices(rows: readonly InvoiceRow[], query: InvoiceQuery): InvoiceRow[] {
  return sortInvoices(filterInvoices(rows, query), query.sort, query.dir);
}

export interface CurrencyTotal {
  currency: string;
  count: number;
  total: number;
  /** Unpaid and overdue together. */
  outstanding: number;
  overdue: number;
}

/** Sums per currency, in cents so 0.1 + 0.2 stays 0.30; currencies in alphabetical order. */
export function totalsByCurrency(rows: readonly InvoiceRow[]): CurrencyTotal[] {
  const sums = new Map<string, { count: number; total: number; outstanding: number; overdue: number }>();
  for (const row of rows) {
    const sum = sums.get(row.currency) ?? { count: 0, total: 0, outstanding: 0, overdue: 0 };
    const cents = Math.round(row.total * 100);
    sum.count += 1;
    if (row.state !== "cancelled") sum.total += cents;
    if (row.state === "unpaid" || row.state === "overdue") sum.outstanding += cents;
    if (row.state === "overdue") sum.overdue += cents;
    sums.set(row.currency, sum);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([currency, sum]) => ({ currency, count: sum.count, total: sum.total / 100, outstanding: sum.outstanding / 100, overdue: sum.overdue / 100 }));
}

/** "1,234.50 EUR" style, with the currency's own symbol where Intl knows it. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
