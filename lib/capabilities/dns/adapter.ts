import type { DnsRecord, RecordValues } from "./record-schema";
import type { ConnectionZones, ZoneTarget } from "./types";

/** A zone as the provider holds it, records in the provider's order. */
export interface ZoneContent {
  name: string;
  records: DnsRecord[];
}

/**
 * What a provider kind implements to host DNS zones (lib/providers/<kind>/adapters/). Records arrive and leave
 * in the console's form (relative names, `@` for the apex, priority apart from the content); the checks of the
 * zone editor run in the domain layer before any of these is called.
 */
export interface DnsAdapter {
  /** The services that may hold zones, and the zones. */
  listZones(): Promise<ConnectionZones>;
  /** `fresh`: read from the provider now, not from the read cache (a change is about to be computed from it). */
  getZone(zone: ZoneTarget, options?: { fresh?: boolean }): Promise<ZoneContent>;
  addZone(serviceId: string, name: string): Promise<void>;
  deleteZone(zone: ZoneTarget): Promise<void>;
  addRecord(zone: ZoneTarget, record: RecordValues): Promise<void>;
  editRecord(zone: ZoneTarget, recordId: string, record: RecordValues): Promise<void>;
  deleteRecord(zone: ZoneTarget, recordId: string): Promise<void>;
}
