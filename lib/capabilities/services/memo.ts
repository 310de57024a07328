/**
 * A small per-process memo for provider reads that rarely change, keyed by connection. HostBill accounts have a
 * request budget (60 a minute by default) and a services page would otherwise spend a dozen calls per view.
 * Failures are never kept; writes through Hostdeck drop the entries they make stale (`forget`).
 */
const MAX_ENTRIES = 2_000;
const entries = new Map<string, { expires: number; value: Promise<unknown> }>();

export const TTL = {
  /** Labels: changed through Hostdeck (forgotten then) or, rarely, at the provider. */
  label: 5 * 60_000,
  /** Account currency, product catalog, a service's category and method list. */
  stable: 15 * 60_000,
  /** The same read asked by two sections of one page view. */
  view: 10_000,
} as const;

export function memo<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { expires: now + ttlMs, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return value;
}

/** Seeds an entry with a value already read (e.g. labels seen in a list). */
export function remember<T>(key: string, ttlMs: number, value: T): void {
  entries.delete(key);
  entries.set(key, { expires: Date.now() + ttlMs, value: Promise.resolve(value) });
}

export function forget(key: string): void {
  entries.delete(key);
}
