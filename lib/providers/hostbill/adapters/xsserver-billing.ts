import type { BillingAdapter } from "@/lib/capabilities/billing/adapter";

import type { XsserverClient } from "../xsserver-client";
import { hostbillBalance, hostbillInvoice, hostbillInvoiceDetail } from "./hostbill-billing-mapping";

/** XSServer billing: HostBill's balance and invoices. Its API documents no payment methods. */
export function xsserverBillingAdapter(client: XsserverClient): BillingAdapter {
  return {
    balance: async () => hostbillBalance(await client.getBalance()),
    invoices: async () => (await client.listInvoices()).map(hostbillInvoice),
    invoice: async (invoiceId) => hostbillInvoiceDetail(await client.getInvoice({ invoiceId })),
  };
}
