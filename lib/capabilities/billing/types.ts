/** Provider-neutral billing shapes the pages use (every billing provider maps onto them); plain data. */

export type InvoiceState = "overdue" | "unpaid" | "paid" | "cancelled" | "other";

/** An invoice as the provider lists it: its facts only (the console decides its state, see invoice-rules). */
export interface ProviderInvoice {
  id: string;
  /** The provider's invoice number, or the id when it has none. */
  number: string;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD */
  dueDate: string;
  total: number;
  currency: string;
  /** The provider's own word (Paid, Unpaid, Cancelled…). */
  status: string;
}

export interface InvoiceRow extends ProviderInvoice {
  connectionId: string;
  connectionLabel: string;
  state: InvoiceState;
}

export interface Balance {
  currency: string;
  /** Unpaid invoices, in the account currency. */
  outstanding: number;
  credit: number;
}

export interface InvoiceItem {
  id: string;
  type: string;
  description: string;
  quantity: number;
  amount: number;
  lineTotal: number;
  taxed: boolean;
}

/** One invoice with its lines, as the provider describes it. */
export interface ProviderInvoiceDetail extends ProviderInvoice {
  /** As the provider wrote it; null while unpaid. */
  datePaid: string | null;
  subtotal: number;
  credit: number;
  taxes: { label: string; rate: number | null; amount: number }[];
  notes: string;
  items: InvoiceItem[];
}

export interface InvoiceDetail extends ProviderInvoiceDetail {
  state: InvoiceState;
}

export interface PaymentMethod {
  id: string;
  name: string;
  fixedFee: number;
  percentFee: number;
}

/** Balance and invoices of one billing connection. */
export interface ConnectionBilling {
  balance: Balance;
  invoices: InvoiceRow[];
}

/** What the Billing page shows of one connection: its balance, invoices and payment methods. */
export interface BillingView extends ConnectionBilling {
  /** null: the provider's API lists no payment methods. */
  paymentMethods: PaymentMethod[] | null;
  /** Why the payment methods could not be read (the invoices still show). */
  paymentMethodsError: string | null;
}
