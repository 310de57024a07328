/** Services and certificates whose renewal (or expiry) falls within the next days; pure, for the overview card. */

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
}

const DAY_MS = 86_400_000;

export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

const isDate = (value: string | null | undefined): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) && !value.startsWith("0000");
const ended = (status: string) => ["terminated", "cancelled", "canceled", "fraud", "suspended"].includes(status.trim().toLowerCase());

interface ServiceShape {
  id: string;
  name: string;
  domain?: string | null;
  status: string;
  next_due?: string | null;
}
interface CertificateShape extends ServiceShape {
  cert_expires?: string | null;
}

/**
 * Live services due within `horizonDays` (overdue ones too, up to `graceDays` back) and certificates expiring
 * within it; a certificate is listed once, by the earlier of its renewal and expiry. Soonest first.
 */
export function dueWithin(
  connection: { id: string; label: string },
  services: readonly ServiceShape[],
  certificates: readonly CertificateShape[],
  today: string,
  horizonDays = 30,
  graceDays = 30,
): DueItem[] {
  const inWindow = (days: number) => days <= horizonDays && days >= -graceDays;
  const items: DueItem[] = [];
  const certificateIds = new Set(certificates.map((certificate) => certificate.id));
  for (const service of services) {
    if (certificateIds.has(service.id) || ended(service.status) || !isDate(service.next_due)) continue;
    const daysLeft = daysBetween(today, service.next_due);
    if (!inWindow(daysLeft)) continue;
    items.push({ connectionId: connection.id, connectionLabel: connection.label, kind: "service", id: service.id, name: service.name, domain: service.domain?.trim() ?? "", dueDate: service.next_due.slice(0, 10), daysLeft, what: "renewal" });
  }
  for (const certificate of certificates) {
    if (ended(certificate.status)) continue;
    const candidates = [
      isDate(certificate.cert_expires) ? { date: certificate.cert_expires, what: "expiry" as const } : null,
      isDate(certificate.next_due) ? { date: certificate.next_due, what: "renewal" as const } : null,
    ]
      .filter((candidate) => candidate !== null)
      .map((candidate) => ({ ...candidate, daysLeft: daysBetween(today, candidate.date) }))
      .filter((candidate) => inWindow(candidate.daysLeft))
      .sort((a, b) => a.daysLeft - b.daysLeft);
    const first = candidates[0];
    if (!first) continue;
    items.push({ connectionId: connection.id, connectionLabel: connection.label, kind: "ssl", id: certificate.id, name: certificate.name, domain: certificate.domain?.trim() ?? "", dueDate: first.date.slice(0, 10), daysLeft: first.daysLeft, what: first.what });
  }
  return items.sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
}
