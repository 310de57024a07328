import { z } from "zod";

import { certificateOrderFields } from "./cart";
import { id, idInput, num, optionalText, payMethodInput, text } from "./common";

export const certificateSummarySchema = z.looseObject({
  id,
  domain: optionalText,
  total: num.optional(),
  status: text,
  billingcycle: optionalText,
  next_due: optionalText,
  category: optionalText,
  category_url: optionalText,
  name: text,
  cert_email: optionalText,
  cert_status: optionalText,
  cert_expires: optionalText,
});
export const certificateListResponse = z.looseObject({ sslservices: z.array(certificateSummarySchema) });

export const certificateResponse = z.looseObject({
  service: certificateSummarySchema.extend({
    date_created: optionalText,
    firstpayment: num.optional(),
    next_invoice: optionalText,
    label: optionalText,
    csr: optionalText,
    contacts: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    organization: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    software: id.nullish(),
  }),
});

/** Undocumented answer: JSON with the PEM in a field (crt, certificate, cert) or the PEM itself. */
export const certificateFileSchema = z.string().regex(/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/, "expected a PEM certificate");
export const certificateFileJson = z.looseObject({
  crt: z.string().optional(),
  certificate: z.string().optional(),
  cert: z.string().optional(),
});

export const certificateProductsResponse = z.looseObject({
  products: z.array(
    z.looseObject({
      id,
      name: text,
      description: optionalText,
      periods: z.array(z.looseObject({ years: num, price: num, renew: num.optional() })),
      category: optionalText,
      category_url: optionalText,
    }),
  ),
});
export const certificateSoftwareResponse = z.looseObject({ software: z.array(z.looseObject({ id, name: text })) });
export const certificateOrderResponse = z.looseObject({ order_num: num, invoice_id: id, total: num });

// ---- inputs ----

export const certificateIdInput = z.object({ id: idInput });
export const certificateProductInput = z.object({ product_id: idInput });
export const orderCertificateInput = z.object({ ...certificateOrderFields, pay_method: payMethodInput.optional() });
