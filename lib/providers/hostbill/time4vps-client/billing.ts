import type { z } from "zod";

import { parseInput } from "../../core/input";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

export function billingMethods(core: HostbillCore) {
  return {
    getBalance: async () => (await core.get("/balance", s.balanceResponseSchema)).details,

    listInvoices: async () => (await core.get("/invoice", s.invoiceListResponseSchema)).invoices,

    getInvoice: async (input: In<typeof s.invoiceIdInput>) => {
      const { id } = parseInput(s.invoiceIdInput, input);
      return (await core.get(`/invoice/${segment(id)}`, s.invoiceDetailsResponseSchema)).invoice;
    },

    /** id → gateway name, e.g. {"1": "BankTransfer"}. */
    listPaymentMethods: async () => (await core.get("/payment", s.paymentMethodsResponse)).payments,

    listPaymentFees: async () => (await core.get("/payment/fees", s.paymentFeesResponse)).payments,
  };
}
