import type { DnsRecord } from "./record-schema";

export interface ZoneSummary {
  id: string;
  name: string;
  serviceId: string;
}

export interface DnsService {
  id: string;
  label: string;
}

/** One connection's DNS: the services that may hold zones, and the zones. */
export interface ConnectionZones {
  services: DnsService[];
  zones: ZoneSummary[];
}

/** A zone within a connection: the service that holds it, and its id. */
export interface ZoneTarget {
  serviceId: string;
  zoneId: string;
}

export interface ZoneRef extends ZoneTarget {
  connectionId: string;
}

export interface ZoneDetail {
  connection: { id: string; label: string };
  serviceId: string;
  zoneId: string;
  name: string;
  records: DnsRecord[];
}
