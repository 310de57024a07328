import type { PerConnection } from "../core/connections";

interface Entry {
  expiresAt: number;
  value: Promise<PerConnection<unknown>[]>;
}

const entries = new Map<string, Entry>();

/**
 * Keeps a fan-out's answer for a few seconds per team, so an overview opened by several members (or
 * reloaded) does not spend the provider's request budget (60 a minute by default) on the same reads; a
 * sign-in flow alone loads the overview several times. Calls in flight are shared; answers with a failed
 * connection are not kept, so a recovering provider shows at once.
 */
export async function shortCached<T>(key: string, ttlMs: number, load: () => Promise<PerConnection<T>[]>, now = Date.now): Promise<PerConnection<T>[]> {
  const hit = entries.get(key);
  if (hit && hit.expiresAt > now()) return hit.value as Promise<PerConnection<T>[]>;
  for (const [other, entry] of entries) if (entry.expiresAt <= now()) entries.delete(other);
  const value = load();
  const entry: Entry = { expiresAt: now() + ttlMs, value };
  entries.set(key, entry);
  const forget = () => {
    if (entries.get(key) === entry) entries.delete(key);
  };
  value.then((results) => (results.every((result) => result.ok) ? undefined : forget()), forget);
  return value;
}

/** For tests. */
export function clearShortCache(): void {
  entries.clear();
}
