import { LRUCache } from "lru-cache";

export interface CacheEntry {
  value: unknown;
  /** Until then the value is served as is. */
  freshUntil: number;
  /** Until then the value is served while a fresh copy loads; after it, the entry is gone. */
  staleUntil: number;
}

/**
 * Where cached provider reads live. In-process by default; a shared store (Redis) implements the same four
 * calls so several console instances share one cache. Values handed out must be the caller's own copy.
 */
export interface ReadCacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
  /** Drops every entry whose key starts with `prefix`. */
  deletePrefix(prefix: string): Promise<void>;
  clear(): Promise<void>;
}

const MAX_ENTRIES = 10_000;
const MAX_BYTES = 64 * 1024 * 1024;

function approximateBytes(entry: CacheEntry): number {
  return Math.max(1, JSON.stringify(entry.value)?.length ?? 1);
}

/** An LRU capped by entry count and approximate size; entries expire when they stop being servable. */
export class MemoryReadCacheStore implements ReadCacheStore {
  private readonly entries: LRUCache<string, CacheEntry>;

  constructor(options: { maxEntries?: number; maxBytes?: number } = {}) {
    this.entries = new LRUCache<string, CacheEntry>({
      max: options.maxEntries ?? MAX_ENTRIES,
      maxSize: options.maxBytes ?? MAX_BYTES,
      sizeCalculation: approximateBytes,
    });
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.staleUntil <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Callers may sort or patch what they get; the cached copy must not change with them.
    return { ...entry, value: structuredClone(entry.value) };
  }

  async set(key: string, entry: CacheEntry): Promise<void> {
    this.entries.set(key, { ...entry, value: structuredClone(entry.value) }, { ttl: Math.max(1, entry.staleUntil - Date.now()) });
  }

  async deletePrefix(prefix: string): Promise<void> {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  async clear(): Promise<void> {
    this.entries.clear();
  }
}
