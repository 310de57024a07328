import type { InvoiceRecord } from "../seed";

const round2 = (value: number) => Math.round(value * 100) / 100;

/** HostBill prints amounts with two decimals as strings in lists and line items. */
export function money(value: number): string {
  return round2(value).toFixed(2);
}

export function lineTotal(item: { amount: string; qty: string }): number {
  return round2(Number(item.amount) * Number(item.qty));
}

/** Subtotal, tax and total as HostBill derives them from the line items. */
export function invoiceTotals(invoice: InvoiceRecord): { subtotal: number; tax: number; total: number } {
  const subtotal = round2(invoice.items.reduce((sum, item) => sum + lineTotal(item), 0));
  const taxable = round2(invoice.items.filter((item) => item.taxed === "1").reduce((sum, item) => sum + lineTotal(item), 0));
  const tax = round2((taxable * invoice.taxrate) / 100);
  return { subtotal, tax, total: round2(subtotal + tax - invoice.credit) };
}
