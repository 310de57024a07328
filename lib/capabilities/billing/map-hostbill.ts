/**
 * Time4VPS and XSServer both run HostBill: their invoice, balance and payment answers share one shape, read
 * here into the provider-neutral types. Each loader takes the client (or just the methods it needs).
 */
import type { Time4vpsClient } from "../../providers/hostbill/time4vps-client";
import type { XsserverClient } from "../../providers/hostbill/xsserver-client";
import { invoiceState } from "./invoice-rules";
import type { Balance, ConnectionBilling, InvoiceDetail, InvoiceRow, PaymentMethod } from "./types";

interface SummaryShape {
  id: string;
  number?: string | null;
  date: string;
  duedate: string;
  total: number;
  currency: string;
  status: string;
}

const ymd = (value: string) => value.trim().slice(0, 10);

export function mapInvoiceSummary(connection: { id: string; label: string }, invoice: SummaryShape, today: string): InvoiceRow {
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    id: invoice.id,
    number: invoice.number?.trim() || invoice.id,
    date: ymd(invoice.date),
    dueDate: ymd(invoice.duedate),
    total: invoice.total,
    currency: invoice.currency,
    status: invoice.status,
    state: invoiceState(invoice.status, invoice.duedate, today),
  };
}

export function mapBalance(details: { currency: string; acc_balance: number; acc_credit: number }): Balance {
  return { currency: details.currency, outstanding: details.acc_balance, credit: details.acc_credit };
}

type BillingReads = Pick<Time4vpsClient, "getBalance" | "listInvoices"> | Pick<XsserverClient, "getBalance" | "listInvoices">;

/** Balance and invoices of one account, read in parallel. */
export async function loadConnectionBilling(client: BillingReads, connection: { id: string; label: string }, today: string): Promise<ConnectionBilling> {
  const [balance, invoices] = await Promise.all([client.getBalance(), client.listInvoices()]);
  return { balance: mapBalance(balance), invoices: invoices.map((invoice) => mapInvoiceSummary(connection, invoice, today)) };
}

interface DetailShape extends SummaryShape {
  datepaid?: string | null;
  subtotal: number;
  credit?: number;
  tax: number;
  taxrate?: number;
  tax2?: number;
  taxrate2?: number;
  notes?: string | null;
  items: { id: string; type?: string | null; description: string; amount: number; qty?: number; linetotal?: number; taxed?: unknown }[];
}

/** HostBill writes "0000-00-00 00:00:00" for "not paid". */
function paidDate(value: string | null | undefined): string | null {
  if (!value || value.startsWith("0000")) return null;
  return value.trim();
}

function isTaxed(value: unknown): boolean {
  return value === true || value === 1 || value === "1" || value === "true";
}

export function mapInvoiceDetail(invoice: DetailShape, today: string): InvoiceDetail {
  const taxes: InvoiceDetail["taxes"] = [];
  if (invoice.tax !== 0 || (invoice.taxrate ?? 0) > 0) taxes.push({ label: "Tax", rate: invoice.taxrate ?? null, amount: invoice.tax });
  if ((invoice.tax2 ?? 0) !== 0) taxes.push({ label: "Tax 2", rate: invoice.taxrate2 ?? null, amount: invoice.tax2 ?? 0 });
  return {
    id: invoice.id,
    number: invoice.number?.trim() || invoice.id,
    date: ymd(invoice.date),
    dueDate: ymd(invoice.duedate),
    total: invoice.total,
    currency: invoice.currency,
    status: invoice.status,
    state: invoiceState(invoice.status, invoice.duedate, today),
    datePaid: paidDate(invoice.datepaid),
    subtotal: invoice.subtotal,
    credit: invoice.credit ?? 0,
    taxes,
    notes: invoice.notes?.trim() ?? "",
    items: invoice.items.map((item) => {
      const quantity = item.qty ?? 1;
      return {
        id: item.id,
        type: item.type?.trim() || "Item",
        description: item.description,
        quantity,
        amount: item.amount,
        lineTotal: item.linetotal ?? Math.round(item.amount * quantity * 100) / 100,
        taxed: isTaxed(item.taxed),
      };
    }),
  };
}

export function mapPaymentFees(payments: { id: string; name: string; fixed_fee: number; percent_fee: number }[]): PaymentMethod[] {
  return payments.map((payment) => ({ id: payment.id, name: payment.name, fixedFee: payment.fixed_fee, percentFee: payment.percent_fee }));
}
