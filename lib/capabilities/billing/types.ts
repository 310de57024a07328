/** Provider-neutral billing shapes the pages use (both HostBill presets map onto them). */

export type InvoiceState = "overdue" | "unpaid" | "paid" | "cancelled" | "other";

export interface InvoiceRow {
  connectionId: string;
  connectionLabel: string;
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

export interface InvoiceDetail extends Omit<InvoiceRow, "connectionId" | "connectionLabel"> {
  datePaid: string | null;
  subtotal: number;
  credit: number;
  taxes: { label: string; rate: number | null; amount: number }[];
  notes: string;
  items: InvoiceItem[];
}

export interface PaymentMethod {
  id: string;
  name: string;
  fixedFee: number;
  percentFee: number;
}

export interface ConnectionBilling {
  balance: Balance;
  invoices: InvoiceRow[];
}
