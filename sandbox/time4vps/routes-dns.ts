import type { Hono } from "hono";

import { isZoneName, readRecord } from "./dns-validation";
import { hostbillError, readInput, str, type ApiContext, type ApiEnv } from "./http";
import type { DnsRecord, DnsZone, Service, Time4vpsData } from "./state";
import type { Time4vpsStore } from "./store";

const ZONES_PER_SERVICE = 20;

/** Services whose DNS the client manages here: DNS hosting plans and VPS (reverse of their own domains). */
const dnsServices = (data: Time4vpsData) =>
  data.services.filter((service) => (service.kind === "dns" || service.kind === "vps") && service.status === "Active");

function dnsService(c: ApiContext, data: Time4vpsData): Service | Response {
  const service = data.services.find((item) => item.id === c.req.param("service_id"));
  if (!service) return hostbillError(c, 404, "Invalid service ID");
  if (!dnsServices(data).includes(service)) return hostbillError(c, 400, "DNS management is not available for this service");
  return service;
}

function zoneOf(c: ApiContext, data: Time4vpsData): DnsZone | Response {
  const service = dnsService(c, data);
  if (service instanceof Response) return service;
  const zone = data.zones.find((item) => item.domain_id === c.req.param("zone_id") && item.service_id === service.id);
  return zone ?? hostbillError(c, 404, "Invalid zone ID");
}

const recordView = (record: DnsRecord) => ({ ...record });

export function mountDnsRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  api.get("/dns", (c) => {
    const data = store.data;
    const services = dnsServices(data);
    return c.json({
      service_ids: services.map((service) => service.id),
      zones: data.zones
        .filter((zone) => services.some((service) => service.id === zone.service_id))
        .map((zone) => ({ domain_id: zone.domain_id, name: zone.name, service_id: zone.service_id })),
    });
  });

  api.post("/service/:service_id/dns", async (c) => {
    const data = store.data;
    const service = dnsService(c, data);
    if (service instanceof Response) return service;
    const name = str((await readInput(c)).name)
      .toLowerCase()
      .replace(/\.$/, "");
    if (!name) return hostbillError(c, 400, "Field 'name' is required");
    if (!isZoneName(name)) return hostbillError(c, 400, `Field 'name' is invalid: ${name} is not a valid domain name`);
    if (data.zones.some((zone) => zone.name === name)) return hostbillError(c, 400, `Domain zone ${name} already exists`);
    if (data.zones.filter((zone) => zone.service_id === service.id).length >= ZONES_PER_SERVICE) {
      return hostbillError(c, 400, `Zone limit reached: this service allows ${ZONES_PER_SERVICE} zones`);
    }
    const nextRecord = () => String(data.counters.record++);
    data.zones.push({
      domain_id: String(data.counters.zone++),
      service_id: service.id,
      name,
      records: [
        { id: nextRecord(), name: "@", type: "NS", ttl: 86400, priority: 0, content: "ns1.time4vps.cloud" },
        { id: nextRecord(), name: "@", type: "NS", ttl: 86400, priority: 0, content: "ns2.time4vps.cloud" },
      ],
    });
    return c.json({ info: [`Domain zone ${name} was created successfully.`] });
  });

  api.get("/service/:service_id/dns/:zone_id", (c) => {
    const zone = zoneOf(c, store.data);
    if (zone instanceof Response) return zone;
    return c.json({ service_id: Number(zone.service_id), name: zone.name, records: zone.records.map(recordView) });
  });

  api.delete("/service/:service_id/dns/:zone_id", (c) => {
    const data = store.data;
    const zone = zoneOf(c, data);
    if (zone instanceof Response) return zone;
    data.zones = data.zones.filter((item) => item !== zone);
    return c.json({ info: [`Domain zone ${zone.name} was deleted successfully.`] });
  });

  api.post("/service/:service_id/dns/:zone_id/records", async (c) => {
    const data = store.data;
    const zone = zoneOf(c, data);
    if (zone instanceof Response) return zone;
    const { record, errors } = readRecord(zone, await readInput(c));
    if (errors.length || !record) return hostbillError(c, 400, ...errors);
    const created = { id: String(data.counters.record++), ...record };
    zone.records.push(created);
    // The document's example answer for this call repeats the zone message; the new record is added alongside.
    return c.json({ info: [`Domain zone ${zone.name} was created successfully.`], record: recordView(created) });
  });

  api.put("/service/:service_id/dns/:zone_id/records/:record_id", async (c) => {
    const zone = zoneOf(c, store.data);
    if (zone instanceof Response) return zone;
    const existing = zone.records.find((item) => item.id === c.req.param("record_id"));
    if (!existing) return hostbillError(c, 404, "Invalid record ID");
    const { record, errors } = readRecord(zone, await readInput(c), existing);
    if (errors.length || !record) return hostbillError(c, 400, ...errors);
    Object.assign(existing, record);
    return c.json({
      record: { id: existing.id, type: existing.type, ttl: String(existing.ttl), name: existing.name, priority: existing.priority, content: existing.content },
      info: ["The record was updated successfully."],
    });
  });

  api.delete("/service/:service_id/dns/:zone_id/records/:record_id", (c) => {
    const zone = zoneOf(c, store.data);
    if (zone instanceof Response) return zone;
    const index = zone.records.findIndex((item) => item.id === c.req.param("record_id"));
    if (index < 0) return hostbillError(c, 404, "Invalid record ID");
    zone.records.splice(index, 1);
    return c.json({ info: ["The record was deleted successfully."] });
  });
}
