import "server-only";

import { withConnection } from "../core/connections";
import type { Time4vpsClient } from "../../providers/hostbill/time4vps-client";
import { time4vpsOf } from "./time4vps";
import type { ConnectionZones } from "./types";

/** Zones and DNS-capable services of one Time4VPS account, services labelled by their plan and domain. */
export async function readZones(client: Time4vpsClient): Promise<ConnectionZones> {
  const [dns, services] = await Promise.all([client.listDns(), client.listServices().catch(() => [])]);
  const names = new Map(services.map((service) => [service.id, `${service.name}${service.domain ? ` · ${service.domain}` : ""}`]));
  return {
    services: dns.service_ids.map((id) => ({ id, label: `#${id} ${names.get(id) ?? ""}`.trim() })),
    zones: dns.zones
      .map((zone) => ({ id: zone.domain_id, name: zone.name, serviceId: zone.service_id }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export function listZones(teamId: string, connectionId: string): Promise<ConnectionZones> {
  return withConnection(teamId, connectionId, (opened) => readZones(time4vpsOf(opened)));
}
