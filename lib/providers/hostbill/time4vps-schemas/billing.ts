import { z } from "zod";

import { id, idInput, num, text } from "./common";

/** Balance and invoices are HostBill's shared shapes. */
export { balanceResponseSchema, invoiceDetailsResponseSchema, invoiceListResponseSchema } from "../hostbill-schemas";

/** `{"10": "BankTransfer", "9": "PayPal"}`: payment method id → gateway name. */
export const paymentMethodsResponse = z.looseObject({ payments: z.record(z.string(), z.string()) });
export const paymentFeesResponse = z.looseObject({
  payments: z.array(z.looseObject({ id, name: text, fixed_fee: num, percent_fee: num })),
});

export const invoiceIdInput = z.object({ id: idInput });
