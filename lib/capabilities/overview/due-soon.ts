/** Services and certificates whose renewal (or expiry) falls within the next days; pure, for the overview card. */
import type { CertificateRow, ServiceRow } from "../services/types";

export interface DueItem {
  connectionId: string;
  connectionLabel: string;
  kind: "service" | "ssl";
  id: string;
  name: string;
  domain: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** Negative: already past. */
  daysLeft: number;
  what: "renewal" | "expiry";
  /** The date is inferred (XSServer: from the latest invoice line), not reported. */
  inferred: boolean;
}

const DAY_MS = 86_400_000;

export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

const ended = (status: string) => ["terminated", "cancelled", "canceled", "fraud", "suspended"].includes(status.trim().toLowerCase());

/**
 * Live services due within `horizonDays` (overdue ones too, up to `graceDays` back; never an inferred date
 * that has passed, since a missing newer invoice proves nothing) and certificates expiring within it; a
 * certificate is listed once, by the earlier of its renewal and expiry. Soonest first.
 */
export function dueWithin(
  connection: { id: string; label: string },
  services: readonly Pick<ServiceRow, "id" | "product" | "domain" | "status" | "nextDue" | "inferred">[],
  certificates: readonly CertificateRow[],
  today: string,
  horizonDays = 30,
  graceDays = 30,
): DueItem[] {
  const inWindow = (days: number, inferred = false) => days <= horizonDays && days >= (inferred ? 0 : -graceDays);
  const base = { connectionId: connection.id, connectionLabel: connection.label };
  const items: DueItem[] = [];
  const certificateIds = new Set(certificates.map((certificate) => certificate.id));
  for (const service of services) {
    if (certificateIds.has(service.id) || ended(service.status) || !service.nextDue) continue;
    const daysLeft = daysBetween(today, service.nextDue);
    if (!inWindow(daysLeft, service.inferred)) continue;
    items.push({
      ...base,
      kind: "service",
      id: service.id,
      name: service.product,
      domain: service.domain ?? "",
      dueDate: service.nextDue,
      daysLeft,
      what: "renewal",
      inferred: service.inferred,
    });
  }
  for (const certificate of certificates) {
    if (ended(certificate.status)) continue;
    const candidates = [
      certificate.expires ? { date: certificate.expires, what: "expiry" as const } : null,
      certificate.nextDue ? { date: certificate.nextDue, what: "renewal" as const } : null,
    ]
      .filter((candidate) => candidate !== null)
      .map((candidate) => ({ ...candidate, daysLeft: daysBetween(today, candidate.date) }))
      .filter((candidate) => inWindow(candidate.daysLeft))
      .sort((a, b) => a.daysLeft - b.daysLeft);
    const first = candidates[0];
    if (!first) continue;
    items.push({
      ...base,
      kind: "ssl",
      id: certificate.id,
      name: certificate.name,
      domain: certificate.domain ?? "",
      dueDate: first.date,
      daysLeft: first.daysLeft,
      what: first.what,
      inferred: false,
    });
  }
  return items.sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
}
