import { format } from "date-fns";

import { daysUntil, dueState, parseDay } from "@/lib/capabilities/services/list-view";
import type { ServiceRow } from "@/lib/capabilities/services/types";

export function formatPrice(price: number | null, currency: string | null): string {
  if (price === null) return "—";
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(price);
  }
  return price.toFixed(2);
}

export function formatDay(value: string | null): string {
  const time = parseDay(value);
  if (time === null) return "—";
  const utc = new Date(time);
  return format(new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()), "d MMM yyyy");
}

/** "Due in 3 days", "Due today", "3 days overdue", or null when nothing to flag. */
export function dueLabel(row: Pick<ServiceRow, "nextDue" | "status" | "inferred">, now = new Date()): { text: string; tone: "warn" | "bad" } | null {
  const state = dueState(row, now);
  const days = daysUntil(row.nextDue, now);
  if (!state || days === null) return null;
  if (state === "overdue") return { text: `${-days} day${days === -1 ? "" : "s"} overdue`, tone: "bad" };
  if (days === 0) return { text: "Due today", tone: "warn" };
  return { text: `Due in ${days} day${days === 1 ? "" : "s"}`, tone: "warn" };
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "—";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

export function serviceHref(row: Pick<ServiceRow, "connectionId" | "id">): string {
  return `/services/${encodeURIComponent(row.connectionId)}/${encodeURIComponent(row.id)}`;
}
