/** Reads of one XSServer account for the Services pages, on a client (so tests run them against the sandbox). */
import { ProviderError } from "@/lib/providers/core/errors";
import { fanOut } from "@/lib/providers/core/fan-out";
import type { XsserverClient } from "@/lib/providers/hostbill/xsserver-client";
import type { XsserverInvoice } from "@/lib/providers/hostbill/xsserver-schemas";

import { parseDay } from "./list-view";
import { rawFields, type RowContext } from "./map-time4vps";
import { memo, TTL } from "./memo";
import { discoverServices, XSSERVER_LIST_NOTE, xsserverRow, type DiscoveredService } from "./map-xsserver";
import type { ConnectionServices, PduPort, ServiceDetail, ServiceIp } from "./types";

/** Invoices read per list (newest first): enough for two years of monthly billing, within the request budget. */
export const MAX_INVOICES_READ = 24;

async function recentInvoices(client: XsserverClient, connectionId: string): Promise<XsserverInvoice[]> {
  const summaries = (await client.listInvoices())
    .filter((invoice) => invoice.status.toLowerCase() !== "cancelled")
    .sort((a, b) => (parseDay(b.date) ?? 0) - (parseDay(a.date) ?? 0))
    .slice(0, MAX_INVOICES_READ);
  // A paid invoice never changes: it is read once in a while; open ones every time.
  const read = (id: string) => client.getInvoice({ invoiceId: id });
  const details = await fanOut(
    summaries,
    (invoice) => (invoice.status.toLowerCase() === "paid" ? memo(`${connectionId}:invoice:${invoice.id}`, TTL.stable, () => read(invoice.id)) : read(invoice.id)),
    { concurrency: 3, timeoutMs: 10_000 },
  );
  const failed = details.find((result) => !result.ok);
  // A partial set would show wrong prices and due dates; fail the connection's row instead.
  if (failed && !failed.ok) throw new ProviderError(failed.error.kind === "internal" ? "bad-response" : failed.error.kind, { providerMessage: failed.error.message });
  return details.flatMap((result) => (result.ok ? [result.value] : []));
}

export async function discoverXsserverServices(client: XsserverClient, connectionId: string): Promise<DiscoveredService[]> {
  return discoverServices(await recentInvoices(client, connectionId));
}

const ipsOf = (client: XsserverClient, connectionId: string, id: string) =>
  memo(`${connectionId}:ips:${id}`, TTL.view, () => client.listServiceIps({ serviceId: id }));

export async function listXsserverServices(client: XsserverClient, context: Omit<RowContext, "currency">): Promise<ConnectionServices> {
  const services = await discoverXsserverServices(client, context.connectionId);
  return { rows: services.map((service) => xsserverRow(service, { ...context, currency: null })), note: XSSERVER_LIST_NOTE };
}

const discoveredNames: Record<string, string> = {
  id: "Service id",
  product: "Product (from invoice)",
  price: "Price (latest invoice line)",
  currency: "Currency",
  invoiceId: "Latest invoice id",
  invoiceDate: "Latest invoice date",
  invoiceStatus: "Latest invoice status",
  periodStart: "Invoiced period start",
  periodEnd: "Invoiced period end",
  billingCycle: "Billing cycle (inferred)",
  nextDue: "Next due (inferred)",
};

export async function getXsserverService(client: XsserverClient, context: Omit<RowContext, "currency">, id: string): Promise<ServiceDetail> {
  const [services, ips] = await Promise.all([discoverXsserverServices(client, context.connectionId), ipsOf(client, context.connectionId, id)]);
  const found = services.find((service) => service.id === id);
  const main = ips.find((ip) => ip.main)?.ipaddress ?? ips[0]?.ipaddress ?? null;
  const row = found
    ? xsserverRow(found, { ...context, currency: null })
    : {
        ...xsserverRow(
          { id, product: `Service ${id}`, price: 0, currency: "", invoiceId: "", invoiceDate: "", invoiceStatus: "", periodStart: null, periodEnd: null, billingCycle: null, nextDue: null },
          { ...context, currency: null },
        ),
        price: null,
        currency: null,
      };
  const notes = [
    "XSServer reports no status, label, domain or cancellation for services; what is shown comes from invoices, IPs, reverse DNS and PDU calls.",
  ];
  if (!found) notes.push(`No recent invoice line names service ${id}; price, cycle and due date are unknown.`);
  return {
    row,
    raw: found ? rawFields(found as unknown as Record<string, unknown>, discoveredNames) : rawFields({ id }, discoveredNames),
    features: { label: false, upgrade: false, cancel: false, addons: false, ips: true, pdu: true, vpn: false },
    confirmText: main ?? row.product,
    createdAt: null,
    notes,
  };
}

/** IPs of the service with each one's PTR from the rDNS call (IPv6 PTRs inside the /64 appear as their own rows). */
export async function getXsserverIps(client: XsserverClient, connectionId: string, id: string): Promise<ServiceIp[]> {
  const [ips, rdns] = await Promise.all([ipsOf(client, connectionId, id), client.getReverseDns({ serviceId: id })]);
  const ptrs = new Map(rdns.map((entry) => [entry.ipaddress, entry.hostname || null]));
  const rows: ServiceIp[] = ips.map((ip) => ({
    address: ip.ipaddress,
    type: ip.type === "IPv6" || ip.ipaddress.includes(":") ? "IPv6" : "IPv4",
    main: ip.main === true,
    ptr: ptrs.has(ip.ipaddress) ? (ptrs.get(ip.ipaddress) ?? null) : null,
    netmask: ip.netmask ?? null,
    gateway: ip.gateway ?? null,
  }));
  const listed = new Set(rows.map((row) => row.address));
  for (const entry of rdns) {
    if (!listed.has(entry.ipaddress) && entry.ipaddress.includes(":")) rows.push({ address: entry.ipaddress, type: "IPv6", main: false, ptr: entry.hostname || null });
  }
  return rows;
}

export async function getXsserverPduPorts(client: XsserverClient, id: string): Promise<PduPort[]> {
  return (await client.listPduPorts({ serviceId: id })).map((port) => ({
    id: port.id,
    name: port.name ?? null,
    pdu: port.pdu ?? null,
    outlet: port.outlet ?? null,
    power: port.power,
  }));
}
