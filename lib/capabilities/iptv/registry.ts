import "server-only";

import { db } from "../../db/client";
import { iptvAudit, type SubscriptionKind } from "./audit-names";

/** What the registry reads of an audit row. `details.keys` lists the usernames / MACs the row added or removed. */
export interface RegistryEvent {
  connectionId: string | null;
  action: string;
  details: unknown;
}

function keysOf(details: unknown): string[] {
  if (!details || typeof details !== "object" || !("keys" in details)) return [];
  const keys = (details as { keys: unknown }).keys;
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === "string" && key !== "") : [];
}

/**
 * Folds successful audit rows, oldest first, into connection id → known keys (in the order first seen).
 * Keys compare case-insensitively, as the panel compares usernames and MACs.
 */
export function foldRegistry(kind: SubscriptionKind, events: readonly RegistryEvent[]): Map<string, string[]> {
  const names = iptvAudit[kind];
  const adds = new Set<string>([names.create, names.import]);
  const removes = new Set<string>([names.delete, names.forget]);
  const known = new Map<string, Map<string, string>>();
  for (const event of events) {
    if (!event.connectionId) continue;
    const add = adds.has(event.action);
    if (!add && !removes.has(event.action)) continue;
    const keys = known.get(event.connectionId) ?? new Map<string, string>();
    known.set(event.connectionId, keys);
    for (const key of keysOf(event.details)) {
      if (add) {
        if (!keys.has(key.toLowerCase())) keys.set(key.toLowerCase(), key);
      } else {
        keys.delete(key.toLowerCase());
      }
    }
  }
  return new Map([...known].map(([connectionId, keys]) => [connectionId, [...keys.values()]]));
}

/** The lines (or MAG devices) this team created or imported through Hostdeck, per connection. */
export async function knownKeys(teamId: string, kind: SubscriptionKind): Promise<Map<string, string[]>> {
  const names = iptvAudit[kind];
  const events = await db().auditEvent.findMany({
    where: { teamId, outcome: "success", action: { in: [names.create, names.import, names.delete, names.forget] }, connectionId: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { connectionId: true, action: true, details: true },
  });
  return foldRegistry(kind, events);
}
