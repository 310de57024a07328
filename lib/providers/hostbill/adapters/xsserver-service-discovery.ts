/**
 * XSServer's API has no service list (README: "The document has no … service list"). Hostdeck finds the
 * account's services on its invoices: every "Hosting" line names a service id (`item_id`). The latest such
 * line gives the product name, the price, and the billing period, from which the cycle and the next due date
 * are inferred. Status, domain and label are not reported by any XSServer call. Pure.
 */
import { parseDay } from "@/lib/capabilities/services/list-view";
import type { ServiceRow } from "@/lib/capabilities/services/types";

import type { XsserverClient } from "../xsserver-client";
import type { XsserverInvoice } from "../xsserver-schemas";
import type { RowContext } from "./time4vps-service-mapping";

export interface DiscoveredService {
  id: string;
  product: string;
  price: number;
  currency: string;
  invoiceId: string;
  invoiceDate: string;
  invoiceStatus: string;
  periodStart: string | null;
  periodEnd: string | null;
  billingCycle: string | null;
  nextDue: string | null;
}

const periodPattern = /\s*\((\d{2})\/(\d{2})\/(\d{4})\s*-\s*(\d{2})\/(\d{2})\/(\d{4})\)\s*$/;

const ymd = (time: number) => new Date(time).toISOString().slice(0, 10);

/** "Name (01/06/2025 - 30/06/2025)" → the name and the period as YYYY-MM-DD (day first, as XSServer writes it). */
export function splitPeriod(description: string): { name: string; start: string | null; end: string | null } {
  const match = description.match(periodPattern);
  if (!match) return { name: description.trim(), start: null, end: null };
  const [, d1, m1, y1, d2, m2, y2] = match;
  return { name: description.slice(0, match.index).trim(), start: `${y1}-${m1}-${d1}`, end: `${y2}-${m2}-${d2}` };
}

const cycles: [months: number, name: string][] = [
  [1, "Monthly"],
  [3, "Quarterly"],
  [6, "Semi-Annually"],
  [12, "Annually"],
  [24, "Biennially"],
  [36, "Triennially"],
];

/** The billing cycle a period covers (within a few days), or null when it matches none. */
export function cycleOf(start: string | null, end: string | null): string | null {
  const from = parseDay(start);
  const to = parseDay(end);
  if (from === null || to === null || to < from) return null;
  const days = (to - from) / 86_400_000 + 1;
  const found = cycles.find(([months]) => Math.abs(days - months * 30.44) <= 3 + months);
  return found ? found[1] : null;
}

/** The day after the period ends: when the next period (and so the next invoice) is due. */
export function nextDueAfter(end: string | null): string | null {
  const to = parseDay(end);
  return to === null ? null : ymd(to + 86_400_000);
}

/** Latest "Hosting" line per service id over the given invoices (cancelled invoices ignored). */
export function discoverServices(invoices: readonly XsserverInvoice[]): DiscoveredService[] {
  const found = new Map<string, DiscoveredService & { order: number }>();
  for (const invoice of invoices) {
    if (invoice.status.toLowerCase() === "cancelled") continue;
    const invoiceDay = parseDay(invoice.date) ?? 0;
    for (const item of invoice.items) {
      if (item.type?.toLowerCase() !== "hosting" || !item.item_id || !/^\d+$/.test(item.item_id) || item.item_id === "0") continue;
      const { name, start, end } = splitPeriod(item.description);
      const order = parseDay(end) ?? invoiceDay;
      const previous = found.get(item.item_id);
      if (previous && previous.order >= order) continue;
      found.set(item.item_id, {
        order,
        id: item.item_id,
        product: name,
        price: item.amount,
        currency: invoice.currency,
        invoiceId: invoice.id,
        invoiceDate: invoice.date,
        invoiceStatus: invoice.status,
        periodStart: start,
        periodEnd: end,
        billingCycle: cycleOf(start, end),
        nextDue: nextDueAfter(end),
      });
    }
  }
  return [...found.values()].sort((a, b) => Number(a.id) - Number(b.id)).map(({ order: _order, ...service }) => service);
}

export function xsserverRow(service: DiscoveredService, context: RowContext): ServiceRow {
  return {
    key: `${context.connectionId}:${service.id}`,
    connectionId: context.connectionId,
    connectionLabel: context.connectionLabel,
    provider: "xsserver",
    providerLabel: context.providerLabel,
    id: service.id,
    label: null,
    domain: null,
    product: service.product,
    category: null,
    status: "Not reported",
    statusTone: "neutral",
    billingCycle: service.billingCycle,
    price: service.price,
    currency: service.currency,
    nextDue: service.nextDue,
    inferred: true,
  };
}

export const XSSERVER_LIST_NOTE =
  "XSServer's API has no service list: these services were found on the account's invoices. Status is not reported; billing cycle, price and next due are inferred from each service's latest invoice line.";

/** Invoices read per discovery (newest first): two years of monthly billing, within the request budget. */
export const MAX_INVOICES_READ = 24;

/**
 * The account's services as its recent invoices name them: the one discovery both the Services and the
 * Reverse DNS pages use. Paid invoices come from the read cache for a day; every invoice must answer, since a
 * partial set would show wrong prices and due dates.
 */
export async function discoverXsserverServices(client: Pick<XsserverClient, "listInvoices" | "getInvoice">): Promise<DiscoveredService[]> {
  const recent = (await client.listInvoices())
    .filter((invoice) => invoice.status.toLowerCase() !== "cancelled")
    .sort((a, b) => (parseDay(b.date) ?? 0) - (parseDay(a.date) ?? 0))
    .slice(0, MAX_INVOICES_READ);
  const invoices = await Promise.all(recent.map((invoice) => client.getInvoice({ invoiceId: invoice.id })));
  return discoverServices(invoices);
}
