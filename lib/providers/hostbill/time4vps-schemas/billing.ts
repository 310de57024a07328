import { z } from "zod";

import { id, idInput, num, optionalText, text } from "./common";

export const balanceResponse = z.looseObject({
  success: z.boolean().optional(),
  details: z.looseObject({ currency: text, acc_balance: num, acc_credit: num }),
});

export const invoiceSummarySchema = z.looseObject({
  id,
  date: text,
  dateorig: optionalText,
  duedate: text,
  paybefore: optionalText,
  total: num,
  datepaid: optionalText,
  status: text,
  merge_id: id.nullish(),
  number: optionalText,
  currency: text,
});
export const invoiceListResponse = z.looseObject({ invoices: z.array(invoiceSummarySchema) });

export const invoiceItemSchema = z.looseObject({
  id,
  invoice_id: id.optional(),
  type: optionalText,
  item_id: id.optional(),
  description: text,
  amount: num,
  taxed: z.union([z.string(), z.number(), z.boolean()]).optional(),
  qty: num.optional(),
  linetotal: num.optional(),
});
export const invoiceResponse = z.looseObject({
  invoice: z.looseObject({
    id,
    status: text,
    date: text,
    duedate: text,
    paybefore: optionalText,
    datepaid: optionalText,
    subtotal: num,
    credit: num.optional(),
    tax: num,
    taxrate: num.optional(),
    tax2: num.optional(),
    taxrate2: num.optional(),
    total: num,
    notes: optionalText,
    items: z.array(invoiceItemSchema),
    client: z.looseObject({ id, email: text }).optional(),
    number: optionalText,
    currency: text,
  }),
});

/** `{"10": "BankTransfer", "9": "PayPal"}`: payment method id → gateway name. */
export const paymentMethodsResponse = z.looseObject({ payments: z.record(z.string(), z.string()) });
export const paymentFeesResponse = z.looseObject({
  payments: z.array(z.looseObject({ id, name: text, fixed_fee: num, percent_fee: num })),
});

export const invoiceIdInput = z.object({ id: idInput });
