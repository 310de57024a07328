import type { Hono } from "hono";

import { certificateProducts, certificateSoftware } from "./catalog";
import { hostbillError, intOf, readInput, type ApiContext, type ApiEnv, type Body } from "./http";
import { checkPayMethod, placeOrder, priceCertificate } from "./orders";
import type { Certificate, Service, Time4vpsData } from "./state";
import type { Time4vpsStore } from "./store";

function certificateOf(c: ApiContext, data: Time4vpsData): { service: Service; certificate: Certificate } | Response {
  const id = c.req.param("id");
  const service = data.services.find((item) => item.id === id && item.kind === "ssl");
  const certificate = data.certificates.find((item) => item.service_id === id);
  if (!service || !certificate) return hostbillError(c, 404, "Invalid service ID");
  return { service, certificate };
}

/** Contact ids for admin/tech/billing must be the account's own contacts. */
function contactProblem(data: Time4vpsData, body: Body): string | undefined {
  for (const role of ["admin", "tech", "billing"] as const) {
    if (body[role] === undefined || body[role] === "") continue;
    const id = intOf(body[role]);
    if (id === undefined || !data.contacts.some((contact) => contact.id === String(id))) return `Field '${role}' is invalid: unknown contact`;
  }
  for (const key of ["organization", "data"] as const) {
    const value = body[key];
    if (value !== undefined && value !== "" && (typeof value !== "object" || value === null)) return `Field '${key}' is invalid: expected an object`;
  }
  return undefined;
}

export function mountCertificateRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  // Static paths first: "/certificate/order" must not be read as certificate id "order".
  api.get("/certificate/order", (c) =>
    c.json({
      products: certificateProducts.map((product) => ({ ...product, category: "SSL Certificates", category_url: "sslcertificates" })),
    }),
  );

  api.get("/certificate/order/:product_id/software", (c) => {
    if (!certificateProducts.some((product) => product.id === c.req.param("product_id"))) return hostbillError(c, 404, "Invalid product ID");
    return c.json({ software: certificateSoftware });
  });

  api.post("/certificate/order", async (c) => {
    const data = store.data;
    const body = await readInput(c);
    const errors: string[] = [];
    const payError = checkPayMethod(body.pay_method);
    if (payError) errors.push(payError);
    const item = priceCertificate(body, 0);
    if (item.errors.includes("Invalid product ID")) return hostbillError(c, 404, "Invalid product ID");
    errors.push(...item.errors);
    const contactError = contactProblem(data, body);
    if (contactError) errors.push(contactError);
    if (errors.length) return hostbillError(c, 400, ...errors);
    const placed = placeOrder(data, [item], Date.now(), [body]);
    const certificate = data.certificates.at(-1);
    if (certificate && typeof body.organization === "object" && body.organization !== null) {
      certificate.organization = Object.fromEntries(Object.entries(body.organization).map(([key, value]) => [key, String(value)]));
    }
    return c.json({ order_num: placed.orderNum, invoice_id: placed.invoiceId, total: placed.total });
  });

  api.get("/certificate", (c) => {
    const data = store.data;
    return c.json({
      sslservices: data.certificates.flatMap((certificate) => {
        const service = data.services.find((item) => item.id === certificate.service_id);
        if (!service) return [];
        return [
          {
            id: service.id,
            domain: service.domain,
            total: service.total,
            status: service.status,
            billingcycle: service.billingcycle,
            next_due: service.next_due,
            category: service.category,
            category_url: service.category_url,
            name: service.name,
            cert_email: certificate.cert_email,
            cert_status: certificate.cert_status,
            cert_expires: certificate.cert_expires,
          },
        ];
      }),
    });
  });

  api.get("/certificate/:id", (c) => {
    const found = certificateOf(c, store.data);
    if (found instanceof Response) return found;
    const { service, certificate } = found;
    return c.json({
      service: {
        id: service.id,
        date_created: service.date_created,
        domain: service.domain,
        firstpayment: service.firstpayment,
        total: service.total,
        billingcycle: service.billingcycle,
        next_due: service.next_due,
        next_invoice: service.next_invoice,
        status: service.status,
        label: service.label,
        name: service.name,
        cert_status: certificate.cert_status,
        cert_expires: certificate.cert_expires,
        csr: certificate.csr,
        contacts: certificate.contacts,
        organization: certificate.organization,
        cert_email: certificate.cert_email,
        software: certificate.software,
      },
    });
  });

  api.get("/certificate/:id/crt", (c) => {
    const found = certificateOf(c, store.data);
    if (found instanceof Response) return found;
    if (!found.certificate.crt) return hostbillError(c, 400, "Certificate is not issued yet");
    return c.json({ crt: found.certificate.crt });
  });
}
