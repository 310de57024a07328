import "server-only";

import { db } from "../../db/client";
import { subscriptionKinds, type SubscriptionKind } from "./subscription-kinds";

/**
 * The lines (usernames) and MAG devices (upper-case MACs) Hostdeck lists, kept in TrackedIptvItem: the panel's API
 * cannot list them, so these are the ones created or added ("Add existing") through Hostdeck, minus those deleted
 * or no longer listed ("Stop listing"). Keys compare case-insensitively, as the panel compares usernames and MACs.
 */

/** A MAG device's MAC in its canonical spelling; anything else as given. */
function storedKey(kind: SubscriptionKind, key: string): string {
  return subscriptionKinds[kind].parseKey(key) ?? key;
}

/** The keys, without blanks and case-insensitive duplicates (the first spelling wins). */
function distinctKeys(kind: SubscriptionKind, keys: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const key of keys) {
    if (key === "") continue;
    const stored = storedKey(kind, key);
    if (!seen.has(stored.toLowerCase())) seen.set(stored.toLowerCase(), stored);
  }
  return [...seen.values()];
}

/** The connection's tracked rows of this kind whose key matches one of `keys`, case-insensitively (compared here, not with ILIKE, where `_` and `%` are wildcards). */
async function matching(teamId: string, connectionId: string, kind: SubscriptionKind, keys: readonly string[]) {
  const folded = new Set(keys.map((key) => key.toLowerCase()));
  const rows = await db().trackedIptvItem.findMany({ where: { teamId, connectionId, kind }, select: { id: true, key: true } });
  return rows.filter((row) => folded.has(row.key.toLowerCase()));
}

/** Starts listing these keys on the connection (after a create or an "Add existing"); already listed ones stay as they are. */
export async function trackKeys(teamId: string, connectionId: string, kind: SubscriptionKind, keys: readonly string[]): Promise<void> {
  const wanted = distinctKeys(kind, keys);
  if (wanted.length === 0) return;
  const existing = await matching(teamId, connectionId, kind, wanted);
  const known = new Set(existing.map((row) => row.key.toLowerCase()));
  const fresh = wanted.filter((key) => !known.has(key.toLowerCase()));
  if (fresh.length === 0) return;
  await db().trackedIptvItem.createMany({
    data: fresh.map((key) => ({ teamId, connectionId, kind, key })),
    skipDuplicates: true,
  });
}

/** Stops listing these keys on the connection (after a delete or a "Stop listing"). */
export async function untrackKeys(teamId: string, connectionId: string, kind: SubscriptionKind, keys: readonly string[]): Promise<void> {
  const gone = distinctKeys(kind, keys);
  if (gone.length === 0) return;
  const rows = await matching(teamId, connectionId, kind, gone);
  if (rows.length === 0) return;
  await db().trackedIptvItem.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
}

/** The lines (or MAG devices) this team lists, per connection id (oldest first); only `connectionId`'s when given. */
export async function knownKeys(teamId: string, kind: SubscriptionKind, connectionId?: string): Promise<Map<string, string[]>> {
  const rows = await db().trackedIptvItem.findMany({
    where: { teamId, kind, ...(connectionId ? { connectionId } : {}) },
    orderBy: [{ createdAt: "asc" }, { key: "asc" }],
    select: { connectionId: true, key: true },
  });
  const known = new Map<string, string[]>();
  for (const row of rows) {
    const keys = known.get(row.connectionId) ?? [];
    keys.push(row.key);
    known.set(row.connectionId, keys);
  }
  return known;
}

/** Whether the team lists this line (or MAG device) on the connection. */
export async function isTracked(teamId: string, connectionId: string, kind: SubscriptionKind, key: string): Promise<boolean> {
  if (key === "") return false;
  return (await matching(teamId, connectionId, kind, [key])).length > 0;
}
