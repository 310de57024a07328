import type { Hono } from "hono";

import { addons, categories, certificateProducts, products, VAT_RATE, type CatalogProduct } from "./catalog";
import { hostbillError, readInput, type ApiEnv, type Body } from "./http";
import { checkPayMethod, locationForm, placeOrder, priceItems, priceProduct, quoteSummary } from "./orders";
import type { Time4vpsStore } from "./store";

const periodsOf = (prices: Record<string, number>) =>
  Object.entries(prices).map(([value, price], index) => ({ title: value, value, price, setup: 0, selected: index === 0 }));

function productListing(product: CatalogProduct) {
  return {
    id: product.id,
    type: product.type,
    name: product.name,
    stock: product.stock,
    paytype: "Regular",
    description: product.description,
    qty: String(product.qty),
    tags: [],
    periods: periodsOf(product.prices),
  };
}

function productConfig(product: CatalogProduct) {
  const periods = periodsOf(product.prices);
  const first = periods[0];
  const category = categories.find((item) => item.id === product.category_id);
  return {
    id: product.id,
    category_name: category?.name ?? "",
    category_id: product.category_id,
    name: product.name,
    price: first?.price ?? 0,
    recurring: first?.value ?? "m",
    setup: 0,
    config: {
      product: [
        { type: "select", title: "pickcycle", id: "cycle", name: "cycle", items: periods, value: first?.value ?? "m", price: first?.price ?? 0, setup: 0 },
        { type: "input", title: "domain", id: "domain", name: "domain", value: null },
      ],
      forms:
        product.kind === "vps"
          ? [
              {
                type: "select",
                title: locationForm.title,
                id: locationForm.id,
                firstItemId: locationForm.items[0]?.id ?? 0,
                description: "",
                name: `custom[${locationForm.id}]`,
                required: false,
                multiple: false,
                config: { conditionals: [] },
                value: [],
                textvalue: [],
                price: 0,
                recurring_price: 0,
                setup: 0,
                prorata_date: null,
                items: locationForm.items.map((item) => ({ title: item.title, value: 1, id: item.id, price: 0, setup: 0, selected: false })),
              },
            ]
          : [],
      addons: product.addonIds.flatMap((id) => {
        const addon = addons.find((item) => item.id === id);
        if (!addon) return [];
        return [
          {
            type: "subitem",
            title: addon.title,
            id: String(addon.id),
            value: null,
            description: addon.description,
            config: [
              { type: "checkbox", title: "add", name: `addon[${addon.id}]`, checked: false },
              { type: "select", title: "billingcycle", name: `addon_cycles[${addon.id}]`, items: periodsOf(addon.prices) },
            ],
            price: 0,
            recurring_price: 0,
            setup: 0,
            prorata_date: null,
          },
        ];
      }),
      subproducts: [],
    },
    recurring_price: first?.price ?? 0,
    prorata_date: null,
  };
}

/** SSL products are orderable through /order/@product_id too; they are shown with yearly cycles (a = 1 year, b = 2). */
function certificateAsProduct(id: string) {
  const product = certificateProducts.find((item) => item.id === id);
  if (!product) return undefined;
  return productConfig({
    id: product.id,
    category_id: "69",
    kind: "ssl",
    type: "5",
    name: product.name,
    description: product.description,
    stock: false,
    qty: 0,
    prices: Object.fromEntries(product.periods.map((period) => [period.years === 1 ? "a" : "b", period.price])),
    requiresDomain: false,
    addonIds: [],
    upgrades: [],
    specs: { cpu: "-", ram: "-", disk: "-", bandwidth: "-" },
  });
}

export function mountCartRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  api.get("/category", (c) => c.json({ categories: categories.map(({ id, name, description, slug }) => ({ id, name, description, slug })) }));

  api.get("/category/available/vps", (c) =>
    c.json(
      products
        .filter((product) => product.kind === "vps" && !(product.stock && product.qty <= 0))
        .map((product) => ({
          id: Number(product.id),
          name: product.name,
          description: `<ul><li>CPU: ${product.specs.cpu}</li><li>RAM: ${product.specs.ram}</li><li>Disk: ${product.specs.disk}</li><li>Bandwidth: ${product.specs.bandwidth}</li></ul>`,
          prices: Object.entries(product.prices).map(([cycle, price]) => ({ cycle, price })),
          components: [{ id: locationForm.id, name: locationForm.title, options: locationForm.items }],
          addons: product.addonIds.map((id) => ({ id, name: addons.find((addon) => addon.id === id)?.title ?? "" })),
          upgrades: product.upgrades,
        })),
    ),
  );

  api.get("/category/:category_id/product", (c) => {
    const categoryId = c.req.param("category_id");
    if (!categories.some((category) => category.id === categoryId)) return hostbillError(c, 404, "Invalid category ID");
    if (categoryId === "69") {
      return c.json({
        products: certificateProducts.map((product) => ({
          id: product.id,
          type: "5",
          name: product.name,
          stock: false,
          paytype: "Regular",
          description: product.description,
          qty: "0",
          tags: [],
          periods: product.periods.map((period, index) => ({
            title: period.years === 1 ? "a" : "b",
            value: period.years === 1 ? "a" : "b",
            price: period.price,
            setup: 0,
            selected: index === 0,
          })),
        })),
      });
    }
    return c.json({ products: products.filter((product) => product.category_id === categoryId).map(productListing) });
  });

  api.get("/order/:product_id", (c) => {
    const id = c.req.param("product_id");
    const product = products.find((item) => item.id === id);
    const config = product ? productConfig(product) : certificateAsProduct(id);
    return config ? c.json({ product: config }) : hostbillError(c, 404, "Invalid product ID");
  });

  api.post("/quote", async (c) => {
    const body = await readInput(c);
    const payError = checkPayMethod(body.pay_method);
    if (payError) return hostbillError(c, 400, payError);
    const priced = priceItems(body.items);
    if (typeof priced === "string") return hostbillError(c, 400, priced);
    return c.json({
      summary: quoteSummary(
        priced.filter((item) => item.errors.length === 0),
        VAT_RATE,
      ),
      items: priced.map((item) => ({
        product: item.productName
          ? {
              id: Number(item.productId),
              category_name: item.categoryName,
              category_id: Number(item.categoryId),
              name: item.productName,
              domain: item.domain,
              price: item.price,
              recurring: item.cycle,
            }
          : null,
        domains: {},
        coupon: {},
        index: item.index,
        valid: item.errors.length === 0,
        info: [],
        error: item.errors,
      })),
    });
  });

  api.post("/order", async (c) => {
    const data = store.data;
    const body = await readInput(c);
    const payError = checkPayMethod(body.pay_method);
    if (payError) return hostbillError(c, 400, payError);
    const priced = priceItems(body.items);
    if (typeof priced === "string") return hostbillError(c, 400, priced);
    const errors = priced.flatMap((item) => item.errors.map((error) => `Item ${item.index}: ${error}`));
    if (errors.length) return hostbillError(c, 400, ...errors);
    const rawItems = (body.items as unknown[]).map((item) => (typeof item === "object" && item !== null ? item : {}) as Body);
    const placed = placeOrder(data, priced, Date.now(), rawItems);
    return c.json({ order_num_list: priced.map(() => placed.orderNum), invoice_id: placed.invoiceId, total: placed.total, items: placed.created });
  });

  api.post("/order/:product_id", async (c) => {
    const data = store.data;
    const body = await readInput(c);
    const payError = checkPayMethod(body.pay_method);
    if (payError) return hostbillError(c, 400, payError);
    const item = priceProduct(c.req.param("product_id"), body, 0);
    if (item.errors.includes("Invalid product ID")) return hostbillError(c, 404, "Invalid product ID");
    if (item.errors.length) return hostbillError(c, 400, ...item.errors);
    const placed = placeOrder(data, [item]);
    return c.json({ order_num: placed.orderNum, invoice_id: placed.invoiceId, total: placed.total });
  });
}
