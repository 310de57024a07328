import type { XsserverClient } from "../../providers/hostbill/xsserver-client";

/**
 * XSServer's API has no service list. The services of the account are the `Hosting` lines of its invoices
 * (HostBill bills every service), read from the newest invoices and kept for ten minutes per connection so the
 * page does not spend the request budget on every visit.
 */
const cache = new Map<string, { at: number; services: { id: string; label: string }[] }>();
const TTL_MS = 10 * 60_000;
const INVOICES_READ = 12;

export async function discoverXsserverServices(connectionId: string, client: XsserverClient): Promise<{ id: string; label: string }[]> {
  const cached = cache.get(connectionId);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.services;
  const invoices = (await client.listInvoices()).sort((a, b) => b.date.localeCompare(a.date)).slice(0, INVOICES_READ);
  const details = await Promise.all(invoices.map((invoice) => client.getInvoice({ invoiceId: Number(invoice.id) })));
  const services = new Map<string, string>();
  for (const invoice of details) {
    for (const item of invoice.items) {
      if (item.type !== "Hosting" || !item.item_id || !/^\d+$/.test(item.item_id) || services.has(item.item_id)) continue;
      services.set(item.item_id, item.description.replace(/\s*\([^()]*\d{2}\/\d{2}\/\d{4}[^()]*\)\s*$/, "").trim());
    }
  }
  const list = [...services.entries()].map(([id, label]) => ({ id, label })).sort((a, b) => a.id.localeCompare(b.id));
  cache.set(connectionId, { at: Date.now(), services: list });
  return list;
}

/** After a failure that suggests the list is stale (a service gone). */
export function forgetXsserverServices(connectionId: string): void {
  cache.delete(connectionId);
}
