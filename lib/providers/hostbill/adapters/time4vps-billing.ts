import type { BillingAdapter } from "@/lib/capabilities/billing/adapter";

import type { Time4vpsClient } from "../time4vps-client";
import { hostbillBalance, hostbillInvoice, hostbillInvoiceDetail, hostbillPaymentFees } from "./hostbill-billing-mapping";

/** Time4VPS billing: HostBill's balance and invoices, plus the payment methods with their fees (`GET /payment/fees`). */
export function time4vpsBillingAdapter(client: Time4vpsClient): BillingAdapter {
  return {
    balance: async () => hostbillBalance(await client.getBalance()),
    invoices: async () => (await client.listInvoices()).map(hostbillInvoice),
    invoice: async (invoiceId) => hostbillInvoiceDetail(await client.getInvoice({ id: invoiceId })),
    paymentMethods: async () => hostbillPaymentFees(await client.listPaymentFees()),
  };
}
