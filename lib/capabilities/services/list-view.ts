/** Sorting, filtering, search and due-date logic for the services list (pure; runs in the browser too). */
import type { ServiceRow, StatusTone } from "./types";

export const sortKeys = ["provider", "label", "domain", "product", "status", "billingCycle", "price", "nextDue"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = "asc" | "desc";

export interface ListFilter {
  provider?: string;
  status?: string;
  search?: string;
}

const DAY_MS = 86_400_000;
export const DUE_SOON_DAYS = 7;

const closedStatuses = new Set(["terminated", "cancelled", "canceled", "fraud", "closed", "expired"]);

export function isClosedStatus(status: string): boolean {
  return closedStatuses.has(status.trim().toLowerCase());
}

export function statusTone(status: string): StatusTone {
  const value = status.trim().toLowerCase();
  if (value === "active") return "good";
  if (value === "pending" || value === "suspended") return "warn";
  if (isClosedStatus(value)) return "bad";
  return "neutral";
}

/** A YYYY-MM-DD (or "YYYY-MM-DD hh:mm:ss") date as UTC midnight milliseconds; null when missing or HostBill's zero date. */
export function parseDay(value: string | null | undefined): number | null {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match || match[1] === "0000") return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time;
}

/** Whole days from today (UTC) to the due date: 0 today, negative when past. */
export function daysUntil(nextDue: string | null, now: Date = new Date()): number | null {
  const due = parseDay(nextDue);
  if (due === null) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((due - today) / DAY_MS);
}

export type DueState = "overdue" | "soon" | null;

/**
 * Live services due within 7 days are "soon", live ones past their date "overdue"; closed services never flag.
 * An inferred date (from the latest invoice) is never "overdue": a missing newer invoice proves nothing.
 */
export function dueState(row: Pick<ServiceRow, "nextDue" | "status"> & { inferred?: boolean }, now: Date = new Date()): DueState {
  if (isClosedStatus(row.status)) return null;
  const days = daysUntil(row.nextDue, now);
  if (days === null) return null;
  if (days < 0) return row.inferred ? null : "overdue";
  return days <= DUE_SOON_DAYS ? "soon" : null;
}

export function matchesFilter(row: ServiceRow, filter: ListFilter): boolean {
  if (filter.provider && row.provider !== filter.provider && row.connectionId !== filter.provider) return false;
  if (filter.status && row.status.toLowerCase() !== filter.status.toLowerCase()) return false;
  const words = filter.search?.trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return true;
  const haystack = [row.id, row.label, row.domain, row.product, row.category, row.connectionLabel, row.providerLabel, row.status]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function sortValue(row: ServiceRow, key: SortKey): string | number | null {
  switch (key) {
    case "provider":
      return `${row.providerLabel} ${row.connectionLabel}`.toLowerCase();
    case "price":
      return row.price;
    case "nextDue":
      return parseDay(row.nextDue);
    default: {
      const value = row[key];
      return value ? value.toLowerCase() : null;
    }
  }
}

/** Stable sort; empty values go last whichever the direction; ties fall back to provider then id. */
export function sortRows(rows: readonly ServiceRow[], key: SortKey, direction: SortDirection = "asc"): ServiceRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const av = sortValue(a.row, key);
      const bv = sortValue(b.row, key);
      if (av === null && bv !== null) return 1;
      if (bv === null && av !== null) return -1;
      if (av !== null && bv !== null && av !== bv) {
        const order = typeof av === "number" && typeof bv === "number" ? av - bv : String(av).localeCompare(String(bv), undefined, { numeric: true });
        if (order !== 0) return order * sign;
      }
      return a.index - b.index;
    })
    .map(({ row }) => row);
}

export function applyListView(rows: readonly ServiceRow[], filter: ListFilter, key: SortKey, direction: SortDirection): ServiceRow[] {
  return sortRows(
    rows.filter((row) => matchesFilter(row, filter)),
    key,
    direction,
  );
}

/** Distinct statuses for the filter menu, in a stable order. */
export function statusOptions(rows: readonly ServiceRow[]): string[] {
  return [...new Set(rows.map((row) => row.status))].sort((a, b) => a.localeCompare(b));
}
