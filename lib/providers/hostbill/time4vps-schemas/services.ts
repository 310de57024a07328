import { z } from "zod";

import { cycleInput, flag, id, idInput, info, infoResponse, listOrOne, num, optionalText, successResponse, text } from "./common";

export const serviceSummarySchema = z.looseObject({
  id,
  domain: optionalText,
  total: num.optional(),
  status: text,
  billingcycle: optionalText,
  next_due: optionalText,
  category: optionalText,
  category_url: optionalText,
  name: text,
});
export const serviceListResponse = z.looseObject({ services: z.array(serviceSummarySchema) });

export const serviceResponse = z.looseObject({
  service: z.looseObject({
    id,
    date_created: optionalText,
    domain: optionalText,
    firstpayment: num.optional(),
    total: num.optional(),
    billingcycle: optionalText,
    next_due: optionalText,
    next_invoice: optionalText,
    status: text,
    label: optionalText,
    username: optionalText,
    name: text,
  }),
});

export const serviceMethodsResponse = z.looseObject({
  methods: z.array(z.looseObject({ name: text, method: text, route: text })),
});

export const upgradeOptionsResponse = z.looseObject({
  resources: z.array(
    z.looseObject({
      id,
      name: text,
      type: optionalText,
      items: z.array(z.looseObject({ id, name: text, price: num.optional(), setup_price: num.optional(), selected: flag.optional() })),
    }),
  ),
  package: z.array(z.unknown()).optional(),
});

/** Not documented: read leniently, the estimate when `send` is false, plus the invoice when sent. */
export const upgradeRequestResponse = z.looseObject({
  success: z.boolean().optional(),
  summary: z.looseObject({ subtotal: num.optional(), tax: num.optional(), total: num.optional() }).optional(),
  invoice_id: id.optional(),
  info,
});

export const labelResponse = z.looseObject({
  label: z
    .string()
    .nullable()
    .transform((value) => value ?? ""),
});
export const setLabelResponse = successResponse;
export const cancelResponse = infoResponse;
export const orderLookupResponse = z.looseObject({ account_id: num });

export const addonOrderResponse = z.looseObject({ id });
export const addonSchema = z.looseObject({ id, name: text, status: text });
/** Documented with one object as the example; a list (or `{addons: [...]}`) is what a list call gives. */
export const addonListResponse = z.union([listOrOne(addonSchema), z.looseObject({ addons: z.array(addonSchema) }).transform((value) => value.addons)]);

// ---- inputs ----

export const serviceIdInput = z.object({ id: idInput });
export const cancelServiceInput = z.object({
  id: idInput,
  immediate: z.boolean().default(false),
  reason: z.string().trim().min(1, "Give a reason for the cancellation").max(1000),
});
export const setLabelInput = z.object({ id: idInput, label: z.string().trim().max(60) });

const resourceValue = z.union([z.string().min(1), z.number(), z.record(z.string(), z.union([z.string(), z.number()]))]);
export const upgradeRequestInput = z
  .object({
    id: idInput,
    resources: z.record(z.string().regex(/^\d+$/, "resource ids are numeric"), resourceValue).optional(),
    package: idInput.optional(),
    cycle: cycleInput.optional(),
    send: z.boolean().default(false),
  })
  .refine((value) => value.package !== undefined || Object.keys(value.resources ?? {}).length > 0, {
    message: "Choose a package or at least one resource",
    path: ["resources"],
  });

export const orderLookupInput = z.object({ order_num: idInput });
export const orderAddonInput = z.object({ id: idInput, addon_id: idInput });
