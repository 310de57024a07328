import type { Hono } from "hono";

import { createInvoice } from "./billing";
import { addons, cycleTitles, products, round, upgradeResources, VAT_RATE } from "./catalog";
import { ymd } from "./dates";
import { flag, hostbillError, intOf, notFound, readInput, str, type ApiContext, type ApiEnv } from "./http";
import type { Service, Time4vpsData } from "./state";
import type { Time4vpsStore } from "./store";

const cycleMonths: Record<string, number> = { Monthly: 1, Quarterly: 3, "Semi-Annually": 6, Annually: 12, Biennially: 24, Triennially: 36 };
const cycleSymbol = (title: string) => Object.entries(cycleTitles).find(([, name]) => name === title)?.[0] ?? "m";

export function serviceSummary(service: Service) {
  return {
    id: service.id,
    domain: service.domain,
    total: service.total,
    status: service.status,
    billingcycle: service.billingcycle,
    next_due: service.next_due,
    category: service.category,
    category_url: service.category_url,
    name: service.name,
  };
}

function serviceDetails(service: Service) {
  return {
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
    username: service.username,
    name: service.name,
  };
}

function methodsFor(service: Service) {
  const methods = [
    { name: "Service label", method: "GET", route: "/service/@id/label" },
    { name: "Change service label", method: "POST", route: "/service/@id/label" },
    { name: "Cancel Service", method: "POST", route: "/service/@id/cancel" },
  ];
  if (service.kind === "vps") {
    methods.unshift(
      { name: "Upgrade Request", method: "POST", route: "/service/@id/upgrade" },
      { name: "Upgrade Options", method: "GET", route: "/service/@id/upgrade" },
    );
    methods.push({ name: "List all addons", method: "GET", route: "/service/@id/addon" }, { name: "Order addon", method: "POST", route: "/service/@id/addon" });
  }
  return methods;
}

function upgradeOptions(service: Service) {
  if (service.kind !== "vps" || service.status !== "Active") return { resources: [], package: [] };
  const product = products.find((item) => item.id === service.product_id);
  return {
    resources: upgradeResources.map((resource) => ({
      id: resource.id,
      name: resource.name,
      type: resource.type,
      items: resource.items.map((item) => ({ ...item, setup_price: 0, selected: service.resources[String(resource.id)] === item.id })),
    })),
    package: (product?.upgrades ?? []).flatMap((id) => {
      const target = products.find((item) => item.id === id);
      return target ? [{ id: target.id, name: target.name, price: target.prices[cycleSymbol(service.billingcycle)] ?? target.prices.m }] : [];
    }),
  };
}

function activeService(c: ApiContext, data: Time4vpsData): Service | Response {
  const service = data.services.find((item) => item.id === c.req.param("id"));
  if (!service) return notFound(c, "service");
  return service;
}

/** Resolves `resources` ({resource_id: item_id | qty | {item_id: qty}}) to the chosen item per resource. */
function readResourceChoices(raw: unknown): { choices: Record<string, string>; error?: string } {
  const choices: Record<string, string> = {};
  if (raw === undefined || raw === "" || raw === null) return { choices };
  if (typeof raw !== "object" || Array.isArray(raw)) return { choices, error: "Field 'resources' is invalid: expected an object" };
  for (const [resourceId, value] of Object.entries(raw as Record<string, unknown>)) {
    const resource = upgradeResources.find((item) => String(item.id) === resourceId);
    if (!resource) return { choices, error: `Field 'resources' is invalid: unknown resource ${resourceId}` };
    const itemId = typeof value === "object" && value !== null ? (Object.keys(value)[0] ?? "") : str(value);
    if (!resource.items.some((item) => item.id === itemId))
      return { choices, error: `Field 'resources' is invalid: unknown option ${itemId} for ${resource.name}` };
    choices[resourceId] = itemId;
  }
  return { choices };
}

export function mountServiceRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  api.get("/service", (c) => c.json({ services: store.data.services.map(serviceSummary) }));

  api.get("/service/order/:order_num", (c) => {
    const service = store.data.services.find((item) => String(item.order_num) === c.req.param("order_num"));
    return service ? c.json({ account_id: Number(service.id) }) : hostbillError(c, 404, "Order not found");
  });

  api.get("/service/:id", (c) => {
    const service = activeService(c, store.data);
    return service instanceof Response ? service : c.json({ service: serviceDetails(service) });
  });

  api.get("/service/:id/methods", (c) => {
    const service = activeService(c, store.data);
    return service instanceof Response ? service : c.json({ methods: methodsFor(service) });
  });

  api.get("/service/:id/upgrade", (c) => {
    const service = activeService(c, store.data);
    return service instanceof Response ? service : c.json(upgradeOptions(service));
  });

  api.post("/service/:id/upgrade", async (c) => {
    const data = store.data;
    const service = activeService(c, data);
    if (service instanceof Response) return service;
    if (service.kind !== "vps") return hostbillError(c, 400, "This service cannot be upgraded");
    if (service.status !== "Active") return hostbillError(c, 400, "Service is not active");
    const body = await readInput(c);
    const { choices, error } = readResourceChoices(body.resources);
    if (error) return hostbillError(c, 400, error);
    const product = products.find((item) => item.id === service.product_id);
    const packageId = str(body.package);
    if (packageId && !(product?.upgrades ?? []).includes(packageId))
      return hostbillError(c, 400, "Field 'package' is invalid: this package is not available as an upgrade");
    const cycle = str(body.cycle);
    const target = products.find((item) => item.id === (packageId || service.product_id));
    if (cycle && !(cycle in (target?.prices ?? {}))) return hostbillError(c, 400, "Field 'cycle' is invalid");
    if (!packageId && Object.keys(choices).length === 0) return hostbillError(c, 400, "Nothing to upgrade: select a package or resources");
    const months = cycleMonths[service.billingcycle] ?? 1;
    const items: { name: string; from: string; to: string; price: number }[] = [];
    for (const [resourceId, itemId] of Object.entries(choices)) {
      const resource = upgradeResources.find((item) => String(item.id) === resourceId)!;
      const from = resource.items.find((item) => item.id === service.resources[resourceId]);
      const to = resource.items.find((item) => item.id === itemId)!;
      items.push({ name: resource.name, from: from?.name ?? "-", to: to.name, price: round(Math.max(0, to.price - (from?.price ?? 0)) * months) });
    }
    if (packageId && target && product) {
      const symbol = cycle || cycleSymbol(service.billingcycle);
      items.push({
        name: "Package",
        from: product.name,
        to: target.name,
        price: round(Math.max(0, (target.prices[symbol] ?? 0) - (product.prices[symbol] ?? 0))),
      });
    }
    const subtotal = round(items.reduce((sum, item) => sum + item.price, 0));
    const tax = round((subtotal * VAT_RATE) / 100);
    const summary = { currency: "EUR", items, subtotal, tax, total: round(subtotal + tax) };
    if (!flag(body.send)) return c.json({ success: true, summary, info: ["upgrade_estimated"] });
    Object.assign(service.resources, choices);
    if (packageId && target) {
      service.product_id = target.id;
      service.name = target.name;
      const server = data.servers.find((item) => item.id === service.id);
      if (server) server.package_id = Number(target.id);
    }
    if (cycle) service.billingcycle = cycleTitles[cycle] ?? service.billingcycle;
    const invoice = createInvoice(
      data,
      items.map((item) => ({ type: "Upgrade", item_id: service.id, description: `${item.name}: ${item.from} → ${item.to}`, amount: item.price })),
    );
    return c.json({ success: true, summary, invoice_id: invoice.id, info: ["upgrade_requested"] });
  });

  api.post("/service/:id/cancel", async (c) => {
    const data = store.data;
    const service = activeService(c, data);
    if (service instanceof Response) return service;
    const body = await readInput(c);
    const reason = str(body.reason);
    if (!reason) return hostbillError(c, 400, "Field 'reason' is required");
    if (service.status !== "Active" && service.status !== "Suspended") return hostbillError(c, 400, "Service is not active");
    if (service.cancellation) return hostbillError(c, 400, "Cancellation request already sent");
    const immediate = flag(body.immediate);
    service.cancellation = { immediate, reason, date: ymd(Date.now()) };
    if (immediate) service.status = "Cancelled";
    return c.json({ info: ["cancell_sent"] });
  });

  api.get("/service/:id/label", (c) => {
    const service = activeService(c, store.data);
    return service instanceof Response ? service : c.json({ label: service.label });
  });

  api.post("/service/:id/label", async (c) => {
    const service = activeService(c, store.data);
    if (service instanceof Response) return service;
    const body = await readInput(c);
    if (body.label === undefined) return hostbillError(c, 400, "Field 'label' is required");
    const label = str(body.label);
    if (label.length > 60) return hostbillError(c, 400, "Field 'label' is invalid: maximum 60 characters");
    service.label = label;
    return c.json({ success: true, info: ["label_updated"] });
  });

  api.get("/service/:id/addon", (c) => {
    const service = activeService(c, store.data);
    return service instanceof Response ? service : c.json(service.addons.map(({ id, name, status }) => ({ id, name, status })));
  });

  api.post("/service/:id/addon", async (c) => {
    const data = store.data;
    const service = activeService(c, data);
    if (service instanceof Response) return service;
    if (service.status !== "Active") return hostbillError(c, 400, "Service is not active");
    const addonId = intOf((await readInput(c)).addon_id);
    if (addonId === undefined) return hostbillError(c, 400, "Field 'addon_id' is required");
    const product = products.find((item) => item.id === service.product_id);
    const addon = addons.find((item) => item.id === addonId);
    if (!addon || !product?.addonIds.includes(addonId)) return hostbillError(c, 404, "Invalid addon ID");
    if (addon.id === 32 && service.addons.some((item) => item.addon_id === 32 && item.status !== "Cancelled")) {
      return hostbillError(c, 400, "This addon is already ordered for the service");
    }
    const ordered = { id: data.counters.addon++, addon_id: addon.id, name: addon.title, status: "Pending" as const };
    service.addons.push(ordered);
    createInvoice(data, [{ type: "Addon", item_id: String(ordered.id), description: `${addon.title} - ${service.domain}`, amount: addon.prices.m ?? 0 }]);
    return c.json({ id: ordered.id });
  });
}
