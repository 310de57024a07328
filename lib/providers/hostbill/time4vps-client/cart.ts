import type { z } from "zod";

import { parseInput } from "../../core/input";
import { bodyWithout } from "../request-body";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

export function cartMethods(core: HostbillCore) {
  return {
    listCategories: async () => (await core.get("/category", s.categoryListResponse)).categories,

    listCategoryProducts: async (input: In<typeof s.categoryIdInput>) => {
      const { category_id } = parseInput(s.categoryIdInput, input);
      return (await core.get(`/category/${segment(category_id)}/product`, s.productListResponse)).products;
    },

    getProductConfiguration: async (input: In<typeof s.productIdInput>) => {
      const { product_id } = parseInput(s.productIdInput, input);
      return (await core.get(`/order/${segment(product_id)}`, s.productConfigResponse)).product;
    },

    orderProduct: async (input: In<typeof s.orderProductInput>) => {
      const value = parseInput(s.orderProductInput, input);
      return core.post(`/order/${segment(value.product_id)}`, s.orderResponse, bodyWithout(value, "product_id"));
    },

    orderMultiple: async (input: In<typeof s.orderMultipleInput>) => {
      const body = parseInput(s.orderMultipleInput, input);
      return core.post("/order", s.orderMultipleResponse, body);
    },

    getQuote: async (input: In<typeof s.quoteInput>) => {
      const body = parseInput(s.quoteInput, input);
      // A quote changes nothing, so a lost answer may be asked again.
      return core.post("/quote", s.quoteResponse, body, { idempotent: true });
    },

    listAvailableVps: async () => core.get("/category/available/vps", s.availableVpsResponse),
  };
}
