import { describe, expect, it } from "vitest";

import { invalidInput, refused, withTime4vpsSandbox } from "./time4vps-test-kit";

const { client } = withTime4vpsSandbox();

const csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIICvDCCAaQCAQAwdzELMAkGA1UEBhMCTFQx\n-----END CERTIFICATE REQUEST-----";

describe("Time4VPS services", () => {
  it("GET /service: lists every service with due dates, active and terminated", async () => {
    const services = await client().listServices();
    expect(services.map((service) => service.id)).toEqual(expect.arrayContaining(["1301", "1304", "1306", "1308", "1310"]));
    expect(services.find((service) => service.id === "1301")).toMatchObject({ status: "Active", total: 7.99, billingcycle: "Monthly" });
    expect(services.find((service) => service.id === "1310")?.status).toBe("Terminated");
  });

  it("GET /service/@id: returns a service's details; unknown ids are not-found", async () => {
    expect(await client().getService({ id: 1302 })).toMatchObject({ name: "Linux 8", label: "Database", billingcycle: "Annually" });
    await refused(client().getService({ id: 999 }), "not-found", /Invalid service ID/);
    await invalidInput(client().getService({ id: -1 }), "id");
  });

  it("GET /service/@id/methods: lists what can be done with the service", async () => {
    const methods = await client().listServiceMethods({ id: 1301 });
    expect(methods).toContainEqual({ name: "Upgrade Options", method: "GET", route: "/service/@id/upgrade" });
    const sslMethods = await client().listServiceMethods({ id: 1306 });
    expect(sslMethods.map((method) => method.name)).not.toContain("Upgrade Request");
    await refused(client().listServiceMethods({ id: 999 }), "not-found");
  });

  it("GET /service/@id/upgrade: resources with the selected item and packages to move to", async () => {
    const options = await client().getUpgradeOptions({ id: 1301 });
    const bandwidth = options.resources.find((resource) => resource.name === "Bandwidth");
    expect(bandwidth?.items.find((item) => item.selected)).toMatchObject({ id: "9953", name: "100 GB" });
    expect(options.package).toEqual([expect.objectContaining({ id: "335", name: "Linux 8" })]);
    expect(await client().getUpgradeOptions({ id: 1304 })).toEqual({ resources: [], package: [] });
    await refused(client().getUpgradeOptions({ id: 999 }), "not-found");
  });

  it("POST /service/@id/upgrade: estimates without send, orders with send; the change shows in the options", async () => {
    const t4v = client();
    const estimate = await t4v.requestUpgrade({ id: 1301, resources: { "1557": "10104" } });
    expect(estimate.summary).toMatchObject({ subtotal: 9, total: 10.89 });
    expect(estimate.invoice_id).toBeUndefined();
    const ordered = await t4v.requestUpgrade({ id: 1301, resources: { "1557": "10104" }, send: true });
    expect(ordered.invoice_id).toBeDefined();
    const options = await t4v.getUpgradeOptions({ id: 1301 });
    expect(options.resources[0]?.items.find((item) => item.selected)?.id).toBe("10104");
    await invalidInput(t4v.requestUpgrade({ id: 1301 }), "resources");
    await refused(t4v.requestUpgrade({ id: 1301, resources: { "1557": "1" } }), "invalid-input", /unknown option/);
    await refused(t4v.requestUpgrade({ id: 1302, package: 334 }), "invalid-input", /not available as an upgrade/);
  });

  it("POST /service/@id/cancel: sends a cancellation request once; immediate cancels at once", async () => {
    const t4v = client();
    expect((await t4v.cancelService({ id: 1303, reason: "Moving backups elsewhere" })).info).toEqual(["cancell_sent"]);
    await refused(t4v.cancelService({ id: 1303, reason: "again" }), "conflict", /already sent/);
    await t4v.cancelService({ id: 1305, reason: "Not needed", immediate: true });
    expect((await t4v.getService({ id: 1305 })).status).toBe("Cancelled");
    await invalidInput(t4v.cancelService({ id: 1302, reason: "" }), "reason");
    await refused(t4v.cancelService({ id: 1310, reason: "x" }), "invalid-input", /not active/);
  });

  it("GET /service/@id/label: returns the custom label", async () => {
    expect(await client().getServiceLabel({ id: 1301 })).toBe("Web frontend");
    expect(await client().getServiceLabel({ id: 1303 })).toBe("");
    await refused(client().getServiceLabel({ id: 999 }), "not-found");
  });

  it("POST /service/@id/label: sets a new label, shown by the service and its server", async () => {
    const t4v = client();
    expect(await t4v.setServiceLabel({ id: 1303, label: "Backups" })).toMatchObject({ success: true, info: ["label_updated"] });
    expect(await t4v.getServiceLabel({ id: 1303 })).toBe("Backups");
    expect((await t4v.getServer({ server_id: 1303 })).label).toBe("Backups");
    await invalidInput(t4v.setServiceLabel({ id: 1303, label: "x".repeat(61) }), "label");
  });

  it("GET /service/order/@order_num: finds the service id of an order", async () => {
    expect(await client().getServiceIdFromOrder({ order_num: 873340101 })).toBe(1301);
    await refused(client().getServiceIdFromOrder({ order_num: 1 }), "not-found", /Order not found/);
  });

  it("POST /service/@id/addon: orders an addon; a second backup addon is a conflict", async () => {
    const t4v = client();
    const ordered = await t4v.orderAddon({ id: 1302, addon_id: 32 });
    expect(ordered.id).toMatch(/^\d+$/);
    await refused(t4v.orderAddon({ id: 1302, addon_id: 32 }), "conflict", /already ordered/);
    await refused(t4v.orderAddon({ id: 1302, addon_id: 77 }), "not-found", /Invalid addon ID/);
  });

  it("GET /service/@id/addon: lists the service's addons, including new orders", async () => {
    const t4v = client();
    expect(await t4v.listAddons({ id: 1301 })).toEqual([{ id: "81", name: "Additional IP", status: "Active" }]);
    await t4v.orderAddon({ id: 1301, addon_id: 31 });
    expect(await t4v.listAddons({ id: 1301 })).toContainEqual(expect.objectContaining({ name: "Additional IP", status: "Pending" }));
    expect(await t4v.listAddons({ id: 1304 })).toEqual([]);
  });
});

describe("Time4VPS cart", () => {
  it("GET /category: lists product categories", async () => {
    const categories = await client().listCategories();
    expect(categories).toContainEqual(expect.objectContaining({ id: "49", name: "Linux VPS", slug: "linux-vps" }));
  });

  it("GET /category/@category_id/product: lists products with periods; unknown category is not-found", async () => {
    const products = await client().listCategoryProducts({ category_id: 49 });
    expect(products.map((product) => product.name)).toEqual(["Linux 2", "Linux 4", "Linux 8"]);
    expect(products[0]?.periods[0]).toMatchObject({ value: "m", price: 3.99, selected: true });
    const containers = await client().listCategoryProducts({ category_id: 51 });
    expect(containers[0]).toMatchObject({ stock: true, qty: 0 });
    await refused(client().listCategoryProducts({ category_id: 1 }), "not-found", /Invalid category ID/);
  });

  it("GET /order/@product_id: product form configuration with cycles, forms and addons", async () => {
    const product = await client().getProductConfiguration({ product_id: 334 });
    expect(product).toMatchObject({ name: "Linux 4", category_name: "Linux VPS", price: 7.99 });
    expect(product.config.forms?.[0]).toMatchObject({ id: "1620", name: "custom[1620]" });
    expect(product.config.addons?.map((addon) => addon.title)).toEqual(["Additional IP", "Daily and weekly backups"]);
    await refused(client().getProductConfiguration({ product_id: 9 }), "not-found", /Invalid product ID/);
  });

  it("POST /order/@product_id: places an order whose service is found by order number", async () => {
    const t4v = client();
    const order = await t4v.orderProduct({ product_id: 333, domain: "new.demo-hostdeck.eu", cycle: "a", pay_method: 1, custom: { "1620": 10341 } });
    expect(order).toMatchObject({ invoice_id: expect.stringMatching(/^\d+$/) });
    const serviceId = await t4v.getServiceIdFromOrder({ order_num: order.order_num });
    expect(await t4v.getService({ id: serviceId })).toMatchObject({ status: "Pending", domain: "new.demo-hostdeck.eu", billingcycle: "Annually" });
    expect(await t4v.getInvoice({ id: order.invoice_id })).toMatchObject({ status: "Unpaid", total: order.total });
  });

  it("POST /order/@product_id: out of stock, missing domain and bad promotion codes are refused", async () => {
    await refused(client().orderProduct({ product_id: 345, domain: "ct.demo-hostdeck.eu", cycle: "m" }), "out-of-stock", /out of stock/);
    await refused(client().orderProduct({ product_id: 333, cycle: "m" }), "invalid-input", /domain/);
    await refused(client().orderProduct({ product_id: 333, domain: "a.demo-hostdeck.eu", cycle: "m", promocode: "FREE" }), "invalid-input", /promotion code/);
    await refused(client().orderProduct({ product_id: 360, cycle: "q" }), "invalid-input", /cycle/);
    await invalidInput(client().orderProduct({ product_id: 333, cycle: "x" as "m" }), "cycle");
  });

  it("POST /order: orders several items (product and certificate) on one invoice", async () => {
    const t4v = client();
    const result = await t4v.orderMultiple({
      pay_method: 1,
      items: [
        { type: "product", product_id: 334, domain: "app.demo-hostdeck.eu", cycle: "a" },
        { type: "certificate", product_id: 26, csr, years: 1, approver_email: "admin@demo-hostdeck.eu" },
      ],
    });
    expect(result.order_num_list).toHaveLength(2);
    expect(result.items.map((item) => item.type)).toEqual(["Hosting", "SSL"]);
    const certificates = await t4v.listCertificates();
    expect(certificates.map((certificate) => certificate.id)).toContain(result.items[1]?.id);
    await refused(t4v.orderMultiple({ items: [{ type: "product", product_id: 345, domain: "x.demo-hostdeck.eu", cycle: "m" }] }), "out-of-stock");
    await invalidInput(t4v.orderMultiple({ items: [] }), "items");
  });

  it("POST /quote: prices items with tax and recurring amounts; invalid items are flagged, not refused", async () => {
    const quote = await client().getQuote({
      pay_method: 1,
      items: [
        { type: "product", product_id: 334, domain: "app.demo-hostdeck.eu", cycle: "m" },
        { type: "product", product_id: 345, domain: "ct.demo-hostdeck.eu", cycle: "m" },
      ],
    });
    expect(quote.summary).toMatchObject({ subtotal: 7.99, total: 9.67, tax: [{ name: "VAT", tax: 1.68, value: 21 }] });
    expect(quote.items.map((item) => item.valid)).toEqual([true, false]);
    expect(quote.items[1]?.error).toEqual(["Product is out of stock"]);
    await refused(
      client().getQuote({ pay_method: 3, items: [{ type: "product", product_id: 334, domain: "a.eu", cycle: "m" }] }),
      "invalid-input",
      /pay_method/,
    );
  });

  it("GET /category/available/vps: VPS products that can be ordered now", async () => {
    const available = await client().listAvailableVps();
    expect(available.map((product) => product.name)).toEqual(["Linux 2", "Linux 4", "Linux 8", "Storage 1TB"]);
    expect(available[0]?.upgrades).toEqual(["334", "335"]);
  });
});
