import type { AddonsInfo, ServicesAdapter } from "@/lib/capabilities/services/adapter";
import { isClosedStatus } from "@/lib/capabilities/services/list-view";
import type { ServiceIp, VpnInfo } from "@/lib/capabilities/services/types";

import { isProviderError } from "../../core/errors";
import type { ConnectionRef } from "../../core/types";
import type { Time4vpsClient } from "../time4vps-client";
import { isVpnService, time4vpsRawFields, time4vpsRow, time4vpsUpgradeEstimate, time4vpsUpgradeOptions, type RowContext } from "./time4vps-service-mapping";

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

function rowContext(connection: ConnectionRef, currency: string | null): RowContext {
  return { connectionId: connection.id, connectionLabel: connection.label, providerLabel: connection.kindLabel, currency };
}

/** Time4VPS services: the full HostBill service API. Reads go through the connection's read cache. */
export function time4vpsServicesAdapter(client: Time4vpsClient, connection: ConnectionRef): ServicesAdapter {
  const serverOf = (id: string) => client.getServer({ server_id: id });

  return {
    async list() {
      const [services, servers, currency] = await Promise.all([client.listServices(), client.listServers().catch(() => []), accountCurrency(client)]);
      // Servers carry their service's label; other live services are asked one by one (bounded, cached long).
      const labels = new Map<string, string>(servers.map((server) => [server.server_id, server.label ?? ""]));
      const unknown = services.filter((service) => !labels.has(service.id) && !isClosedStatus(service.status)).slice(0, MAX_LABEL_LOOKUPS);
      const looked = await Promise.allSettled(unknown.map(async (service) => [service.id, await client.getServiceLabel({ id: service.id })] as const));
      for (const result of looked) if (result.status === "fulfilled") labels.set(...result.value);
      const context = rowContext(connection, currency);
      return { rows: services.map((service) => time4vpsRow(service, context, labels.get(service.id) ?? null)) };
    },

    async get(id) {
      const [service, summaries, methods, currency] = await Promise.all([
        client.getService({ id }),
        client.listServices().catch(() => []),
        client.listServiceMethods({ id }).catch(() => []),
        accountCurrency(client),
      ]);
      const category = summaries.find((summary) => summary.id === id)?.category ?? null;
      const row = time4vpsRow({ ...service, category }, rowContext(connection, currency));
      const routes = new Set(methods.map((method) => `${method.method.toUpperCase()} ${method.route}`));
      const closed = isClosedStatus(service.status);
      const notes: string[] = [];
      if (closed) notes.push(`This service is ${service.status.toLowerCase()}: changes are not offered.`);
      return {
        row,
        raw: time4vpsRawFields(service as Record<string, unknown>),
        features: {
          label: !closed,
          upgrade: !closed && routes.has("GET /service/@id/upgrade"),
          cancel: !closed && (routes.size === 0 || routes.has("POST /service/@id/cancel")),
          addons: routes.has("GET /service/@id/addon"),
          // Time4VPS lists IPs per server; a service with upgrade options is a VPS with a server behind it.
          ips: !closed && routes.has("GET /service/@id/upgrade"),
          pdu: false,
          vpn: !closed && isVpnService({ category, name: service.name }),
        },
        confirmText: row.label ?? row.domain ?? row.product,
        createdAt: service.date_created ?? null,
        notes,
      };
    },

    /** Main and additional IPs of the service's server; Time4VPS documents no way to read their PTRs ("not reported"). */
    async ips(id) {
      const [server, additional] = await Promise.all([serverOf(id), client.listAdditionalIps({ server_id: id }).catch(() => [])]);
      const ips: ServiceIp[] = [];
      if (server.ip) ips.push({ address: server.ip, type: ipType(server.ip), main: true });
      for (const address of new Set([...(server.additional_ip ?? []), ...additional.map((entry) => entry.ip)])) {
        if (address === server.ip) continue;
        ips.push({ address, type: ipType(address), main: false });
      }
      return ips;
    },

    async setLabel(id, label) {
      await client.setServiceLabel({ id, label });
    },

    async upgradeOptions(id) {
      return time4vpsUpgradeOptions(await client.getUpgradeOptions({ id }));
    },

    async upgrade(choice, send) {
      const answer = await client.requestUpgrade({
        id: choice.serviceId,
        ...(Object.keys(choice.resources).length > 0 ? { resources: choice.resources } : {}),
        ...(choice.packageId ? { package: choice.packageId } : {}),
        send,
      });
      return time4vpsUpgradeEstimate(answer);
    },

    async cancel(choice) {
      await client.cancelService({ id: choice.serviceId, immediate: choice.immediate, reason: choice.reason });
    },

    /** Ordered addons, plus the ones the service's product offers (server package → product configuration). */
    async addons(id): Promise<AddonsInfo> {
      const ordered = (await client.listAddons({ id })).map((addon) => ({ id: addon.id, name: addon.name, status: addon.status }));
      try {
        const server = await serverOf(id);
        if (!server.package_id)
          return { ordered, orderable: [], orderableNote: "The provider does not say which product this service runs, so no addons can be offered." };
        const product = await client.getProductConfiguration({ product_id: server.package_id });
        const orderable = (product.config.addons ?? []).flatMap((addon) =>
          addon.id === undefined
            ? []
            : [{ id: addon.id, name: addon.title ?? `Addon ${addon.id}`, description: typeof addon.description === "string" ? addon.description : null }],
        );
        return { ordered, orderable };
      } catch (error) {
        if (!isProviderError(error)) throw error;
        return { ordered, orderable: [], orderableNote: `The addon catalog could not be read: ${error.userMessage}` };
      }
    },

    async orderAddon(id, addonId) {
      const answer = await client.orderAddon({ id, addon_id: addonId });
      return { id: answer.id };
    },

    async certificates() {
      const day = (value: string | null | undefined) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) && !value.startsWith("0000") ? value.slice(0, 10) : null);
      return (await client.listCertificates()).map((certificate) => ({
        id: certificate.id,
        name: certificate.name,
        domain: certificate.domain?.trim() || null,
        status: certificate.status,
        nextDue: day(certificate.next_due),
        expires: day(certificate.cert_expires),
      }));
    },

    /** VPN login name (never the password), live sessions and usage history. */
    async vpn(id): Promise<VpnInfo> {
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
    },
  };
}
