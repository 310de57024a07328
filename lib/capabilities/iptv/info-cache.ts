import "server-only";

import type { SubscriptionKind } from "./audit-names";
import type { IptvSubscriptionDetail } from "./types";

/**
 * A short-lived copy of `line/info` / `mag/info` answers. The panel has no list call, so a list of N lines costs N
 * info calls against a budget of ~100 requests a minute per key (README "Budget"); without this, opening the list
 * twice and extending a few dozen lines would run the budget dry. Changes made through Hostdeck patch or drop
 * their entry; the list's Refresh reads past it.
 */
const TTL_MS = 120_000;

interface Entry {
  value: IptvSubscriptionDetail;
  at: number;
}

const globalCache = globalThis as { hostdeckIptvInfoCache?: Map<string, Entry> };
const cache = (globalCache.hostdeckIptvInfoCache ??= new Map<string, Entry>());

const keyOf = (kind: SubscriptionKind, connectionId: string, key: string) => `${kind}\u0000${connectionId}\u0000${key.toLowerCase()}`;

export function readCachedInfo(kind: SubscriptionKind, connectionId: string, key: string): IptvSubscriptionDetail | undefined {
  const entry = cache.get(keyOf(kind, connectionId, key));
  if (!entry) return undefined;
  if (Date.now() - entry.at > TTL_MS) {
    cache.delete(keyOf(kind, connectionId, key));
    return undefined;
  }
  return entry.value;
}

export function writeCachedInfo(kind: SubscriptionKind, connectionId: string, key: string, value: IptvSubscriptionDetail): void {
  cache.set(keyOf(kind, connectionId, key), { value, at: Date.now() });
}

/** Applies a change the panel confirmed to the cached copy (keeps its age, so it still expires on time). */
export function patchCachedInfo(kind: SubscriptionKind, connectionId: string, key: string, patch: Partial<IptvSubscriptionDetail["subscription"]>): void {
  const entry = cache.get(keyOf(kind, connectionId, key));
  if (entry) entry.value = { ...entry.value, subscription: { ...entry.value.subscription, ...patch } };
}

export function dropCachedInfo(kind: SubscriptionKind, connectionId: string, key: string): void {
  cache.delete(keyOf(kind, connectionId, key));
}
