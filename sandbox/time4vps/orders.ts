import { createInvoice } from "./billing";
import { categories, certificateProducts, certificateSoftware, cycleTitles, paymentMethods, products, round, type CatalogProduct } from "./catalog";
import { DAY_MS, ymd } from "./dates";
import { intOf, isEmail, isHostname, str, type Body } from "./http";
import type { Service, Time4vpsData } from "./state";

/** Extra order form of VPS products (`custom[1620]`): where the server is placed. */
export const locationForm = {
  id: "1620",
  title: "Location",
  items: [
    { id: 10340, title: "Lithuania" },
    { id: 10341, title: "Germany" },
  ],
};

export const promoCodes: Record<string, number> = { SPRING10: 10 };

const cycleMonths: Record<string, number> = { m: 1, q: 3, s: 6, a: 12, b: 24, t: 36 };

/** One order line after validation: its price and how to create it once the order is placed. */
export interface PricedItem {
  index: number;
  kind: "product" | "certificate";
  productId: string;
  productName: string;
  categoryName: string;
  categoryId: string;
  domain: string;
  cycle: string;
  price: number;
  errors: string[];
}

export function checkPayMethod(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const id = intOf(value);
  return id !== undefined && paymentMethods.some((method) => method.id === id) ? undefined : "Field 'pay_method' is invalid: unknown payment method";
}

function categoryName(product: CatalogProduct): string {
  return categories.find((category) => category.id === product.category_id)?.name ?? "";
}

export function priceProduct(productId: string, body: Body, index: number): PricedItem {
  const product = products.find((item) => item.id === productId);
  const base: PricedItem = {
    index,
    kind: "product",
    productId,
    productName: product?.name ?? "",
    categoryName: product ? categoryName(product) : "",
    categoryId: product?.category_id ?? "",
    domain: str(body.domain).toLowerCase(),
    cycle: str(body.cycle) || "m",
    price: 0,
    errors: [],
  };
  if (!product) return { ...base, errors: ["Invalid product ID"] };
  if (product.stock && product.qty <= 0) base.errors.push("Product is out of stock");
  const price = product.prices[base.cycle];
  if (price === undefined) base.errors.push("Field 'cycle' is invalid: billing cycle not available for this product");
  if (product.requiresDomain && !base.domain) base.errors.push("Field 'domain' is required");
  else if (base.domain && !isHostname(base.domain)) base.errors.push("Field 'domain' is invalid");
  const custom = body.custom;
  if (custom !== undefined && custom !== "" && !(Array.isArray(custom) && custom.length === 0)) {
    if (typeof custom !== "object" || custom === null) base.errors.push("Field 'custom' is invalid");
    else {
      for (const [formId, value] of Object.entries(custom as Record<string, unknown>)) {
        const itemId = typeof value === "object" && value !== null ? Object.keys(value)[0] : str(value);
        if (formId !== locationForm.id || !locationForm.items.some((item) => String(item.id) === itemId)) {
          base.errors.push(`Field 'custom[${formId}]' is invalid`);
        }
      }
    }
  }
  const promocode = str(body.promocode);
  if (promocode && promoCodes[promocode.toUpperCase()] === undefined) base.errors.push("Invalid promotion code");
  const discount = promocode ? (promoCodes[promocode.toUpperCase()] ?? 0) : 0;
  return { ...base, price: round((price ?? 0) * (1 - discount / 100)) };
}

export function priceCertificate(body: Body, index: number): PricedItem {
  const productId = str(body.product_id);
  const product = certificateProducts.find((item) => item.id === productId);
  const years = intOf(body.years) ?? 1;
  const base: PricedItem = {
    index,
    kind: "certificate",
    productId,
    productName: product?.name ?? "",
    categoryName: "SSL Certificates",
    categoryId: "69",
    domain: "",
    cycle: years === 2 ? "b" : "a",
    price: 0,
    errors: [],
  };
  if (!product) return { ...base, errors: ["Invalid product ID"] };
  const csr = str(body.csr);
  if (!csr) base.errors.push("Field 'csr' is required");
  else if (!csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----")) base.errors.push("Field 'csr' is invalid: not a certificate signing request");
  const period = product.periods.find((item) => item.years === years);
  if (!period) base.errors.push("Field 'years' is invalid");
  const approver = str(body.approver_email);
  if (!approver) base.errors.push("Field 'approver_email' is required");
  else if (!isEmail(approver)) base.errors.push("Field 'approver_email' is invalid");
  if (body.software !== undefined && body.software !== "" && !certificateSoftware.some((item) => String(item.id) === str(body.software))) {
    base.errors.push("Field 'software' is invalid");
  }
  base.domain = approver.split("@")[1] ?? "";
  return { ...base, price: period?.price ?? 0 };
}

export function priceItems(rawItems: unknown): PricedItem[] | string {
  if (!Array.isArray(rawItems) || rawItems.length === 0) return "Field 'items' is required";
  return rawItems.map((raw, index) => {
    const item = (typeof raw === "object" && raw !== null ? raw : {}) as Body;
    const type = str(item.type);
    if (type === "product") return priceProduct(str(item.product_id), item, index);
    if (type === "certificate") return priceCertificate(item, index);
    return {
      index,
      kind: "product",
      productId: "",
      productName: "",
      categoryName: "",
      categoryId: "",
      domain: "",
      cycle: "",
      price: 0,
      errors: [`Field 'items[${index}].type' is invalid: use product or certificate`],
    };
  });
}

export function quoteSummary(items: PricedItem[], vatRate: number) {
  const subtotal = round(items.reduce((sum, item) => sum + item.price, 0));
  const tax = round((subtotal * vatRate) / 100);
  const recurring = new Map<string, number>();
  for (const item of items) recurring.set(item.cycle, round((recurring.get(item.cycle) ?? 0) + item.price));
  return {
    subtotal,
    total: round(subtotal + tax),
    credit: 0,
    discount: 0,
    cost: subtotal,
    recurring: [...recurring.entries()].map(([value, price]) => ({ title: cycleTitles[value] ?? value, price, value })),
    tax: [{ name: "VAT", tax, value: vatRate }],
  };
}

/** Places validated items as one order: services (Pending until paid), certificates, one invoice. */
export function placeOrder(data: Time4vpsData, items: PricedItem[], now = Date.now(), certificateInput: Body[] = []) {
  const orderNum = data.counters.order++;
  const created: { type: string; id: string; name: string; product_id: string }[] = [];
  for (const item of items) {
    const id = String(data.counters.service++);
    const product = products.find((candidate) => candidate.id === item.productId);
    const cycle = cycleTitles[item.cycle] ?? "Monthly";
    const service: Service = {
      id,
      kind: item.kind === "certificate" ? "ssl" : (product?.kind ?? "vps"),
      product_id: item.productId,
      name: item.productName,
      category: item.categoryName,
      category_url: categories.find((category) => category.id === item.categoryId)?.slug ?? "",
      domain: item.domain,
      status: "Pending",
      billingcycle: cycle,
      total: item.price.toFixed(2),
      firstpayment: item.price.toFixed(2),
      date_created: ymd(now),
      next_due: ymd(now),
      next_invoice: ymd(now),
      label: "",
      username: "",
      order_num: orderNum,
      addons: [],
      resources: {},
    };
    data.services.push(service);
    if (item.kind === "certificate") {
      const input = certificateInput[item.index] ?? {};
      data.certificates.push({
        service_id: id,
        cert_status: "",
        cert_expires: "",
        cert_email: str(input.approver_email),
        csr: str(input.csr),
        software: str(input.software),
        crt: null,
        contacts: {},
        organization: {},
      });
    }
    created.push({ type: item.kind === "certificate" ? "SSL" : "Hosting", id, name: item.domain || item.productName, product_id: item.productId });
  }
  const invoice = createInvoice(
    data,
    items.map((item, index) => ({
      type: "Hosting",
      item_id: created[index]?.id ?? "0",
      amount: item.price,
      description: `${item.productName}${item.domain ? ` - ${item.domain}` : ""} (${ymd(now)} - ${ymd(now + (cycleMonths[item.cycle] ?? 1) * 30 * DAY_MS)})`,
    })),
    now,
  );
  const total = Number(invoice.items.reduce((sum, line) => sum + Number(line.amount), 0) * (1 + invoice.taxrate / 100)).toFixed(2);
  return { orderNum, invoiceId: invoice.id, total, created };
}
