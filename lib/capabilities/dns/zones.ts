import "server-only";

import { withConnection } from "../core/connections";
import { time4vpsOf } from "./time4vps";

/** Adds a zone to a DNS-capable service; the provider creates its NS records. */
export const addZone = (teamId: string, connectionId: string, serviceId: string, name: string) =>
  withConnection(teamId, connectionId, async (opened) => {
    await time4vpsOf(opened).addDnsZone({ service_id: serviceId, name });
    return { connection: opened.connection };
  });

/** Deletes a zone and every record in it. */
export const deleteZone = (teamId: string, connectionId: string, serviceId: string, zoneId: string) =>
  withConnection(teamId, connectionId, async (opened) => {
    const client = time4vpsOf(opened);
    const zone = await client.getDnsZone({ service_id: serviceId, zone_id: zoneId });
    await client.deleteDnsZone({ service_id: serviceId, zone_id: zoneId });
    return { connection: opened.connection, name: zone.name };
  });
