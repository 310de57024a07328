/** Reads of one Time4VPS account for the Services pages, on a client (so tests run them against the sandbox). */
import { isProviderError } from "@/lib/providers/core/errors";
import { fanOut } from "@/lib/providers/core/fan-out";
import type { Time4vpsClient } from "@/lib/providers/hostbill/time4vps-client";

import { isClosedStatus } from "./list-view";
import { memo, remember, TTL } from "./memo";
import { isVpnService, rawFields, time4vpsRow, time4vpsUpgradeOptions, type RowContext, type Time4vpsServiceSummary } from "./map-time4vps";
import type { ConnectionServices, OrderableAddon, ServiceAddon, ServiceDetail, ServiceIp, UpgradeOptions, VpnInfo } from "./types";

/** Labels are not in `/service`; more lookups than this per list would eat the account's request budget. */
export const MAX_LABEL_LOOKUPS = 40;

const ipType = (address: string): "IPv4" | "IPv6" => (address.includes(":") ? "IPv6" : "IPv4");

/** Service amounts are in the account currency, which only the balance call names. */
async function accountCurrency(client: Time4vpsClient): Promise<string | null> {
  return client.getBalance().then(
    (balance) => balance.currency,
    () => null,
  );
}

export const labelKey = (connectionId: string, serviceId: string) => `${connectionId}:label:${serviceId}`;
const categoryKey = (connectionId: string, serviceId: string) => `${connectionId}:category:${serviceId}`;
const currencyOf = (client: Time4vpsClient, connectionId: string) => memo(`${connectionId}:currency`, TTL.stable, () => accountCurrency(client));
const serverOf = (client: Time4vpsClient, connectionId: string, id: string) =>
  memo(`${connectionId}:server:${id}`, TTL.view, () => client.getServer({ server_id: id }));

export async function listTime4vpsServices(client: Time4vpsClient, context: Omit<RowContext, "currency">): Promise<ConnectionServices> {
  const cid = context.connectionId;
  const [services, servers, currency] = await Promise.all([
    client.listServices(),
    client.listServers().catch(() => []),
    currencyOf(client, cid),
  ]);
  const rowContext: RowContext = { ...context, currency };
  // Servers carry their service's label; other live services are asked one by one (bounded, remembered a while).
  const labels = new Map<string, string>(servers.map((server) => [server.server_id, server.label ?? ""]));
  for (const [id, label] of labels) remember(labelKey(cid, id), TTL.label, label);
  for (const service of services) remember(categoryKey(cid, service.id), TTL.stable, service.category ?? null);
  const unknown = services.filter((service) => !labels.has(service.id) && !isClosedStatus(service.status)).slice(0, MAX_LABEL_LOOKUPS);
  const looked = await fanOut(
    unknown,
    (service) => memo(labelKey(cid, service.id), TTL.label, async () => (await client.getService({ id: service.id })).label ?? ""),
    { concurrency: 3, timeoutMs: 10_000 },
  );
  for (const result of looked) if (result.ok) labels.set(result.item.id, result.value);
  return { rows: services.map((service) => time4vpsRow(service, rowContext, labels.get(service.id) ?? null)) };
}

async function summaryOf(client: Time4vpsClient, id: string): Promise<Pick<Time4vpsServiceSummary, "category" | "category_url"> | undefined> {
  return (await client.listServices()).find((service) => service.id === id);
}

export async function getTime4vpsService(client: Time4vpsClient, context: Omit<RowContext, "currency">, id: string): Promise<ServiceDetail> {
  const cid = context.connectionId;
  const [service, category, methods, currency] = await Promise.all([
    client.getService({ id }),
    memo(categoryKey(cid, id), TTL.stable, async () => (await summaryOf(client, id))?.category ?? null).catch(() => null),
    memo(`${cid}:methods:${id}`, TTL.stable, () => client.listServiceMethods({ id })).catch(() => []),
    currencyOf(client, cid),
  ]);
  remember(labelKey(cid, id), TTL.label, service.label ?? "");
  const row = time4vpsRow({ ...service, category }, { ...context, currency });
  const routes = new Set(methods.map((method) => `${method.method.toUpperCase()} ${method.route}`));
  const closed = isClosedStatus(service.status);
  const vpn = isVpnService({ category, name: service.name });
  const notes: string[] = [];
  if (closed) notes.push(`This service is ${service.status.toLowerCase()}: changes are not offered.`);
  return {
    row,
    raw: rawFields(service as Record<string, unknown>),
    features: {
      label: !closed,
      upgrade: !closed && routes.has("GET /service/@id/upgrade"),
      cancel: !closed && (routes.size === 0 || routes.has("POST /service/@id/cancel")),
      addons: routes.has("GET /service/@id/addon"),
      // Time4VPS lists IPs per server; a service with upgrade options is a VPS with a server behind it.
      ips: !closed && routes.has("GET /service/@id/upgrade"),
      pdu: false,
      vpn: !closed && vpn,
    },
    confirmText: row.label ?? row.domain ?? row.product,
    createdAt: service.date_created ?? null,
    notes,
  };
}

export async function getTime4vpsUpgradeOptions(client: Time4vpsClient, id: string): Promise<UpgradeOptions> {
  return time4vpsUpgradeOptions(await client.getUpgradeOptions({ id }));
}

export interface AddonsInfo {
  ordered: ServiceAddon[];
  orderable: OrderableAddon[];
  /** Why nothing can be ordered, when the catalog could not be read. */
  orderableNote?: string;
}

/** Ordered addons, plus the ones the service's product offers (server package → product configuration). */
export async function getTime4vpsAddons(client: Time4vpsClient, connectionId: string, id: string): Promise<AddonsInfo> {
  const ordered = (await client.listAddons({ id })).map((addon) => ({ id: addon.id, name: addon.name, status: addon.status }));
  try {
    const server = await serverOf(client, connectionId, id);
    if (!server.package_id) return { ordered, orderable: [], orderableNote: "The provider does not say which product this service runs, so no addons can be offered." };
    const packageId = server.package_id;
    const product = await memo(`${connectionId}:product:${packageId}`, TTL.stable, () => client.getProductConfiguration({ product_id: packageId }));
    const orderable = (product.config.addons ?? []).flatMap((addon) =>
      addon.id === undefined ? [] : [{ id: addon.id, name: addon.title ?? `Addon ${addon.id}`, description: typeof addon.description === "string" ? addon.description : null }],
    );
    return { ordered, orderable };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    return { ordered, orderable: [], orderableNote: `The addon catalog could not be read: ${error.userMessage}` };
  }
}

/** Main and additional IPs of the service's server; Time4VPS documents no way to read their PTRs ("not reported"). */
export async function getTime4vpsIps(client: Time4vpsClient, connectionId: string, id: string): Promise<ServiceIp[]> {
  const [server, additional] = await Promise.all([serverOf(client, connectionId, id), client.listAdditionalIps({ server_id: id }).catch(() => [])]);
  const ips: ServiceIp[] = [];
  if (server.ip) ips.push({ address: server.ip, type: ipType(server.ip), main: true });
  for (const address of new Set([...(server.additional_ip ?? []), ...additional.map((entry) => entry.ip)])) {
    if (address === server.ip) continue;
    ips.push({ address, type: ipType(address), main: false });
  }
  return ips;
}

/** VPN login name (never the password), live sessions and usage history. */
export async function getTime4vpsVpn(client: Time4vpsClient, id: string): Promise<VpnInfo> {
  const [details, sessions, history] = await Promise.all([
    client.getVpnDetails({ id }),
    client.getVpnSessions({ id }),
    client.getVpnHistory({ id }).catch(() => []),
  ]);
  return {
    username: details.username,
    sessions: sessions.map((session) => ({
      remoteIp: session.remote_ip,
      localIp: session.local_ip ?? null,
      type: session.type ?? null,
      server: [session.serverName, session.serverCity].filter(Boolean).join(", ") || null,
      receivedBytes: session.received ?? null,
      sentBytes: session.sent ?? null,
      durationSeconds: session.duration ?? null,
    })),
    history: history.map((entry) => ({ period: entry.period, receivedBytes: entry.received, sentBytes: entry.sent, quotaBytes: entry.quota ?? null })),
  };
}
