import { round, VAT_RATE } from "./catalog";
import { DAY_MS, ymd } from "./dates";
import type { Invoice, InvoiceItem, Time4vpsData } from "./state";

/** EUR per USD, fixed so balances are reproducible. */
export const USD_TO_EUR = 0.92;

export function invoiceTotals(invoice: Invoice) {
  let subtotal = 0;
  let taxable = 0;
  for (const item of invoice.items) {
    const line = Number(item.amount) * Number(item.qty);
    subtotal += line;
    if (item.taxed === "1") taxable += line;
  }
  const tax = round((taxable * invoice.taxrate) / 100);
  return { subtotal: round(subtotal), tax, total: round(Math.max(0, subtotal + tax - invoice.credit)) };
}

export function createInvoice(data: Time4vpsData, lines: { type: string; item_id: string; description: string; amount: number }[], now = Date.now()): Invoice {
  const id = data.counters.invoice++;
  const items: InvoiceItem[] = lines.map((line) => ({
    id: String(data.counters.invoiceItem++),
    type: line.type,
    item_id: line.item_id,
    description: line.description,
    amount: line.amount.toFixed(2),
    taxed: "1",
    qty: "1.00",
  }));
  const invoice: Invoice = {
    id: String(id),
    number: `${new Date(now).getUTCFullYear()}/${String(id).slice(-4)}`,
    date: ymd(now),
    duedate: ymd(now + 7 * DAY_MS),
    datepaid: "0000-00-00 00:00:00",
    status: "Unpaid",
    currency: "EUR",
    taxrate: VAT_RATE,
    credit: 0,
    notes: "",
    items,
  };
  data.invoices.push(invoice);
  return invoice;
}

/** Unpaid total in the account currency (EUR), USD invoices converted at the fixed rate. */
export function unpaidBalance(data: Time4vpsData): number {
  let sum = 0;
  for (const invoice of data.invoices) {
    if (invoice.status !== "Unpaid") continue;
    const { total } = invoiceTotals(invoice);
    sum += invoice.currency === "USD" ? total * USD_TO_EUR : total;
  }
  return round(sum);
}
