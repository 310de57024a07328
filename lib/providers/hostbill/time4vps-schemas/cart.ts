import { z } from "zod";

import { cycleInput, flag, id, idInput, num, optionalText, payMethodInput, text } from "./common";

export const categoryListResponse = z.looseObject({
  categories: z.array(z.looseObject({ id, name: text, description: optionalText, slug: optionalText })),
});

const periodSchema = z.looseObject({ title: optionalText, value: text, price: num, setup: num.optional(), selected: flag.optional() });

export const productListResponse = z.looseObject({
  products: z.array(
    z.looseObject({
      id,
      type: id.optional(),
      name: text,
      stock: flag.optional(),
      paytype: optionalText,
      description: optionalText,
      qty: num.optional(),
      tags: z.array(z.unknown()).optional(),
      periods: z.array(periodSchema),
    }),
  ),
});

const formField = z.looseObject({ type: text, title: optionalText, id: id.optional(), name: optionalText });
export const productConfigResponse = z.looseObject({
  product: z.looseObject({
    id,
    category_name: optionalText,
    category_id: id.optional(),
    name: text,
    price: num.optional(),
    recurring: optionalText,
    setup: num.optional(),
    config: z.looseObject({
      product: z.array(formField).optional(),
      forms: z.array(formField).optional(),
      addons: z.array(formField).optional(),
      subproducts: z.array(z.unknown()).optional(),
    }),
    recurring_price: num.optional(),
    prorata_date: optionalText,
  }),
});

export const orderResponse = z.looseObject({ order_num: num, invoice_id: id, total: num });
export const orderMultipleResponse = z.looseObject({
  order_num_list: z.array(num),
  invoice_id: id,
  total: num,
  items: z.array(z.looseObject({ type: optionalText, id, name: optionalText, product_id: id.optional() })),
});

export const quoteResponse = z.looseObject({
  summary: z.looseObject({
    subtotal: num,
    total: num,
    credit: num.optional(),
    discount: num.optional(),
    cost: num.optional(),
    recurring: z.array(z.looseObject({ title: optionalText, price: num, value: text })).optional(),
    tax: z.array(z.looseObject({ name: text, tax: num, value: num })).optional(),
  }),
  items: z.array(
    z.looseObject({
      product: z.looseObject({ id, name: text }).nullable().optional(),
      index: num,
      valid: z.boolean(),
      info: z.array(z.unknown()).optional(),
      error: z.array(z.string()).optional(),
    }),
  ),
});

export const availableVpsResponse = z.array(
  z.looseObject({
    id,
    name: text,
    description: optionalText,
    prices: z.unknown().optional(),
    components: z.unknown().optional(),
    addons: z.unknown().optional(),
    upgrades: z.array(id).optional(),
  }),
);

// ---- inputs ----

const domainInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, "expected a domain name, e.g. example.com");
const customInput = z.record(z.string(), z.union([z.string(), z.number(), z.record(z.string(), z.union([z.string(), z.number()]))]));

export const productOrderFields = {
  domain: domainInput.optional(),
  cycle: cycleInput,
  custom: customInput.optional(),
  promocode: z.string().trim().min(1).max(64).optional(),
};

export const categoryIdInput = z.object({ category_id: idInput });
export const productIdInput = z.object({ product_id: idInput });
export const orderProductInput = z.object({ product_id: idInput, pay_method: payMethodInput.optional(), ...productOrderFields });

export const certificateOrderFields = {
  product_id: idInput,
  csr: z.string().trim().startsWith("-----BEGIN CERTIFICATE REQUEST-----", "expected a PEM certificate signing request"),
  years: z.number().int().min(1).max(5).default(1),
  approver_email: z.email(),
  admin: idInput.optional(),
  tech: idInput.optional(),
  billing: idInput.optional(),
  organization: z.record(z.string(), z.string()).optional(),
  software: z.number().int().min(0).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
};

export const orderItemInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("product"), product_id: idInput, ...productOrderFields }),
  z.object({ type: z.literal("certificate"), ...certificateOrderFields }),
]);
export const orderMultipleInput = z.object({ pay_method: payMethodInput.optional(), items: z.array(orderItemInput).min(1).max(50) });
export const quoteInput = orderMultipleInput;
