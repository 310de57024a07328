/**
 * HostBill's balance, invoice and payment-fee answers (the same for Time4VPS and XSServer) read into the
 * provider-neutral billing shapes. Pure.
 */
import type { Balance, PaymentMethod, ProviderInvoice, ProviderInvoiceDetail } from "@/lib/capabilities/billing/types";

import type { HostbillBalance, HostbillInvoice, HostbillInvoiceSummary } from "../hostbill-schemas";

const ymd = (value: string) => value.trim().slice(0, 10);

export function hostbillBalance(details: HostbillBalance): Balance {
  return { currency: details.currency, outstanding: details.acc_balance, credit: details.acc_credit };
}

export function hostbillInvoice(invoice: HostbillInvoiceSummary): ProviderInvoice {
  return {
    id: invoice.id,
    number: invoice.number?.trim() || invoice.id,
    date: ymd(invoice.date),
    dueDate: ymd(invoice.duedate),
    total: invoice.total,
    currency: invoice.currency,
    status: invoice.status,
  };
}

/** HostBill writes "0000-00-00 00:00:00" for "not paid". */
function paidDate(value: string | null | undefined): string | null {
  if (!value || value.startsWith("0000")) return null;
  return value.trim();
}

export function hostbillInvoiceDetail(invoice: HostbillInvoice): ProviderInvoiceDetail {
  const taxes: ProviderInvoiceDetail["taxes"] = [];
  if (invoice.tax !== 0 || (invoice.taxrate ?? 0) > 0) taxes.push({ label: "Tax", rate: invoice.taxrate ?? null, amount: invoice.tax });
  if ((invoice.tax2 ?? 0) !== 0) taxes.push({ label: "Tax 2", rate: invoice.taxrate2 ?? null, amount: invoice.tax2 ?? 0 });
  return {
    ...hostbillInvoice(invoice),
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
        taxed: item.taxed === true,
      };
    }),
  };
}

export function hostbillPaymentFees(payments: { id: string; name: string; fixed_fee: number; percent_fee: number }[]): PaymentMethod[] {
  return payments.map((payment) => ({ id: payment.id, name: payment.name, fixedFee: payment.fixed_fee, percentFee: payment.percent_fee }));
}
