import type { z } from "zod";

import { ProviderError } from "../../core/errors";
import { parseInput } from "../../core/input";
import { parseProviderData } from "../../core/parse";
import { bodyWithout } from "../request-body";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

/** The PEM, whether the answer is JSON ({crt: "..."} or similar) or the file itself. */
function pemFrom(text: string, json: unknown): string {
  if (json === undefined) return parseProviderData(s.certificateFileSchema, text.trim(), "certificate file");
  if (typeof json === "string") return parseProviderData(s.certificateFileSchema, json, "certificate file");
  const fields = parseProviderData(s.certificateFileJson, json, "certificate answer");
  const pem = fields.crt ?? fields.certificate ?? fields.cert;
  if (!pem) throw new ProviderError("bad-response", { providerMessage: "The certificate answer holds no certificate" });
  return parseProviderData(s.certificateFileSchema, pem, "certificate file");
}

export function certificateMethods(core: HostbillCore) {
  return {
    listCertificates: async () => (await core.get("/certificate", s.certificateListResponse)).sslservices,

    getCertificate: async (input: In<typeof s.certificateIdInput>) => {
      const { id } = parseInput(s.certificateIdInput, input);
      return (await core.get(`/certificate/${segment(id)}`, s.certificateResponse)).service;
    },

    /** X.509 certificate in PEM form. */
    downloadCertificate: async (input: In<typeof s.certificateIdInput>) => {
      const { id } = parseInput(s.certificateIdInput, input);
      const { text, json } = await core.getText(`/certificate/${segment(id)}/crt`);
      return pemFrom(text, json);
    },

    listCertificateProducts: async () => (await core.get("/certificate/order", s.certificateProductsResponse)).products,

    listCertificateSoftware: async (input: In<typeof s.certificateProductInput>) => {
      const { product_id } = parseInput(s.certificateProductInput, input);
      return (await core.get(`/certificate/order/${segment(product_id)}/software`, s.certificateSoftwareResponse)).software;
    },

    orderCertificate: async (input: In<typeof s.orderCertificateInput>) => {
      const value = parseInput(s.orderCertificateInput, input);
      return core.post("/certificate/order", s.certificateOrderResponse, bodyWithout(value));
    },
  };
}
