import type { Balance, PaymentMethod, ProviderInvoice, ProviderInvoiceDetail } from "./types";

/**
 * What a provider kind implements to show its billing (lib/providers/<kind>/adapters/). Provider-neutral:
 * the domain gets one per connection through lib/capabilities/core/connections and never sees a client.
 * The optional member is what only some kinds can do.
 */
export interface BillingAdapter {
  balance(): Promise<Balance>;
  invoices(): Promise<ProviderInvoice[]>;
  /** One invoice with its lines; an unknown id (or another account's) is a `not-found` provider error. */
  invoice(invoiceId: string): Promise<ProviderInvoiceDetail>;
  /** Payment methods with their fees. */
  paymentMethods?(): Promise<PaymentMethod[]>;
}
