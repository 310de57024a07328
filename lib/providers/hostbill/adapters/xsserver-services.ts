import type { ServicesAdapter } from "@/lib/capabilities/services/adapter";
import { rawFields } from "@/lib/capabilities/services/raw-fields";
import type { PduPort, ServiceIp } from "@/lib/capabilities/services/types";

import type { ConnectionRef } from "../../core/types";
import type { XsserverClient } from "../xsserver-client";
import type { RowContext } from "./time4vps-service-mapping";
import { discoverXsserverServices, XSSERVER_LIST_NOTE, xsserverRow, type DiscoveredService } from "./xsserver-service-discovery";

const discoveredNames: Record<string, string> = {
  id: "Service id",
  product: "Product (from invoice)",
  price: "Price (latest invoice line)",
  currency: "Currency",
  invoiceId: "Latest invoice id",
  invoiceDate: "Latest invoice date",
  invoiceStatus: "Latest invoice status",
  periodStart: "Invoiced period start",
  periodEnd: "Invoiced period end",
  billingCycle: "Billing cycle (inferred)",
  nextDue: "Next due (inferred)",
};

function unknownService(id: string): DiscoveredService {
  return {
    id,
    product: `Service ${id}`,
    price: 0,
    currency: "",
    invoiceId: "",
    invoiceDate: "",
    invoiceStatus: "",
    periodStart: null,
    periodEnd: null,
    billingCycle: null,
    nextDue: null,
  };
}

function toPort(port: { id: string; name?: string | null; pdu?: string | null; outlet?: string | null; power: boolean }): PduPort {
  return { id: port.id, name: port.name ?? null, pdu: port.pdu ?? null, outlet: port.outlet ?? null, power: port.power };
}

/**
 * XSServer services: the API has no service list, status or label, so services come from invoices
 * (xsserver-service-discovery.ts); IPs with their reverse DNS and PDU outlets are the provider's own calls.
 */
export function xsserverServicesAdapter(client: XsserverClient, connection: ConnectionRef): ServicesAdapter {
  const context: RowContext = { connectionId: connection.id, connectionLabel: connection.label, providerLabel: connection.kindLabel, currency: null };

  return {
    async list() {
      const services = await discoverXsserverServices(client);
      return { rows: services.map((service) => xsserverRow(service, context)), note: XSSERVER_LIST_NOTE };
    },

    async get(id) {
      const [services, ips] = await Promise.all([discoverXsserverServices(client), client.listServiceIps({ serviceId: id })]);
      const found = services.find((service) => service.id === id);
      const main = ips.find((ip) => ip.main)?.ipaddress ?? ips[0]?.ipaddress ?? null;
      const row = found ? xsserverRow(found, context) : { ...xsserverRow(unknownService(id), context), price: null, currency: null };
      const notes = [
        "XSServer reports no status, label, domain or cancellation for services; what is shown comes from invoices, IPs, reverse DNS and PDU calls.",
      ];
      if (!found) notes.push(`No recent invoice line names service ${id}; price, cycle and due date are unknown.`);
      return {
        row,
        raw: rawFields((found ?? { id }) as unknown as Record<string, unknown>, discoveredNames),
        features: { label: false, upgrade: false, cancel: false, addons: false, ips: true, pdu: true, vpn: false },
        confirmText: main ?? row.product,
        createdAt: null,
        notes,
      };
    },

    /** IPs of the service with each one's PTR from the rDNS call (IPv6 PTRs inside the /64 appear as their own rows). */
    async ips(id) {
      const [ips, rdns] = await Promise.all([client.listServiceIps({ serviceId: id }), client.getReverseDns({ serviceId: id })]);
      const ptrs = new Map(rdns.map((entry) => [entry.ipaddress, entry.hostname || null]));
      const rows: ServiceIp[] = ips.map((ip) => ({
        address: ip.ipaddress,
        type: ip.type === "IPv6" || ip.ipaddress.includes(":") ? "IPv6" : "IPv4",
        main: ip.main === true,
        ptr: ptrs.has(ip.ipaddress) ? (ptrs.get(ip.ipaddress) ?? null) : null,
        netmask: ip.netmask ?? null,
        gateway: ip.gateway ?? null,
      }));
      const listed = new Set(rows.map((row) => row.address));
      for (const entry of rdns) {
        if (!listed.has(entry.ipaddress) && entry.ipaddress.includes(":"))
          rows.push({ address: entry.ipaddress, type: "IPv6", main: false, ptr: entry.hostname || null });
      }
      return rows;
    },

    async pduPorts(id) {
      return (await client.listPduPorts({ serviceId: id })).map(toPort);
    },

    /** "Set", not "toggle": the outlet ends in the asked state however often this is sent. */
    async setPduPower(id, portId, power) {
      const answer = await client.setPduPortPower({ serviceId: id, portId, power });
      return answer.port ? toPort(answer.port) : null;
    },
  };
}
