import { cnameConflict, normalizeRecord, type DnsRecord, type RecordValues } from "./record-schema";

export interface ZoneChange {
  before: DnsRecord;
  after: RecordValues;
}

export interface ZoneDiff {
  adds: RecordValues[];
  changes: ZoneChange[];
  removals: DnsRecord[];
  unchanged: number;
  /** Problems of the zone the import would leave (CNAME beside other records). */
  conflicts: string[];
}

const identity = (record: RecordValues) => `${record.name}\u0000${record.type}\u0000${record.content.toLowerCase()}`;
const sameSlot = (record: RecordValues) => `${record.name}\u0000${record.type}`;
const sameValues = (a: RecordValues, b: RecordValues) => a.ttl === b.ttl && a.priority === b.priority && a.content === b.content;

/**
 * What importing `incoming` over the zone's `existing` records would do. Records are compared normalized; a record
 * that keeps its name, type and content but not its TTL or priority is a change, and so is one whose name and type
 * remain while the content differs (paired in order); the rest are additions and removals.
 */
export function diffZone(zoneName: string, existing: readonly DnsRecord[], incoming: readonly RecordValues[]): ZoneDiff {
  const current = existing.map((record) => ({ record, values: normalizeRecord(record, zoneName) }));
  const wanted = incoming.map((record) => normalizeRecord(record, zoneName));
  const result: ZoneDiff = { adds: [], changes: [], removals: [], unchanged: 0, conflicts: [] };

  const pending = [...current];
  const leftover: RecordValues[] = [];
  // 1. Identical records stay.
  for (const record of wanted) {
    const index = pending.findIndex((item) => identity(item.values) === identity(record) && sameValues(item.values, record));
    if (index >= 0) {
      pending.splice(index, 1);
      result.unchanged += 1;
    } else leftover.push(record);
  }
  // 2. Same name, type and content: TTL or priority changed. 3. Same name and type: content changed.
  const unmatched: RecordValues[] = [];
  for (const key of [identity, sameSlot]) {
    const next: RecordValues[] = [];
    for (const record of key === identity ? leftover : unmatched.splice(0)) {
      const index = pending.findIndex((item) => key(item.values) === key(record));
      if (index >= 0) {
        result.changes.push({ before: pending[index]!.record, after: record });
        pending.splice(index, 1);
      } else next.push(record);
    }
    unmatched.push(...next);
  }
  result.adds = unmatched;
  result.removals = pending.map((item) => item.record);

  const final = wanted.map((record, index) => ({ ...record, id: String(index) }));
  for (const record of final) {
    const conflict = cnameConflict(final, record, record.id);
    if (conflict && record.type === "CNAME") result.conflicts.push(conflict);
  }
  return result;
}

export const diffIsEmpty = (diff: ZoneDiff) => diff.adds.length === 0 && diff.changes.length === 0 && diff.removals.length === 0;

/**
 * A short, stable fingerprint of a diff: the preview sends it with the confirmation, and the server applies the
 * import only if it computes the same diff again (the zone did not change in between).
 */
export function diffFingerprint(diff: ZoneDiff): string {
  const text = JSON.stringify([
    diff.adds.map((record) => [record.name, record.type, record.ttl, record.priority, record.content]),
    diff.changes.map((change) => [change.before.id, change.after.name, change.after.type, change.after.ttl, change.after.priority, change.after.content]),
    diff.removals.map((record) => record.id),
  ]);
  // FNV-1a, 32 bits, twice with different seeds: a fingerprint, not a security measure.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}
