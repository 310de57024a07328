import { ttlClasses, type ReadTtl } from "./policy";
import { MemoryReadCacheStore, type ReadCacheStore } from "./store";

/** Which connection (at which version of its row) a cached read belongs to. */
export interface CacheScope {
  connectionId: string;
  /** Changes whenever the connection's row changes (credentials, address), so old answers are never reused. */
  version: string;
}

export interface ReadCacheStats {
  hits: number;
  staleHits: number;
  misses: number;
  loads: number;
}

/** Stable JSON of call arguments: sorted keys, functions and abort signals left out. */
export function argumentsKey(args: readonly unknown[]): string {
  const encode = (value: unknown): string => {
    if (value === undefined || typeof value === "function" || (typeof AbortSignal !== "undefined" && value instanceof AbortSignal)) return "null";
    if (Array.isArray(value)) return `[${value.map(encode).join(",")}]`;
    if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      return `{${Object.keys(record)
        .filter((key) => record[key] !== undefined && typeof record[key] !== "function" && !(record[key] instanceof AbortSignal))
        .sort()
        .map((key) => `${JSON.stringify(key)}:${encode(record[key])}`)
        .join(",")}}`;
    }
    return JSON.stringify(value) ?? "null";
  };
  return encode(args);
}

const connectionPrefix = (connectionId: string) => `${connectionId}@`;
const scopePrefix = (scope: CacheScope) => `${scope.connectionId}@${scope.version}:`;

/**
 * The provider read cache: stale-while-revalidate, one load in flight per key, and writes that make what they
 * changed stale. A load that was running while a write made its key stale still answers its caller, but its
 * answer is not kept.
 */
export class ReadCache {
  readonly stats: ReadCacheStats = { hits: 0, staleHits: 0, misses: 0, loads: 0 };
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** Bumped per connection on every invalidation; a load stores its answer only if the count is unchanged. */
  private readonly generations = new Map<string, number>();

  constructor(private store: ReadCacheStore = new MemoryReadCacheStore()) {}

  /** Swaps the backing store (a shared store when several instances run); drops what the old one held. */
  useStore(store: ReadCacheStore): void {
    this.store = store;
    this.inFlight.clear();
  }

  async read<T>(scope: CacheScope, method: string, args: readonly unknown[], ttl: ReadTtl, load: () => Promise<T>): Promise<T> {
    const key = `${scopePrefix(scope)}${method}:${argumentsKey(args)}`;
    const entry = await this.store.get(key);
    const now = Date.now();
    if (entry && entry.freshUntil > now) {
      this.stats.hits++;
      return entry.value as T;
    }
    if (entry) {
      this.stats.staleHits++;
      // Served stale; the refresh runs behind it. If the provider fails it, the old answer can no longer be
      // vouched for: it is dropped, so the next view asks the provider and shows the failure.
      this.load(scope, key, ttl, load).catch(() => this.store.deletePrefix(key).catch(() => {}));
      return entry.value as T;
    }
    this.stats.misses++;
    return this.load(scope, key, ttl, load);
  }

  private load<T>(scope: CacheScope, key: string, ttl: ReadTtl, load: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key);
    if (running) return running as Promise<T>;
    const generation = this.generations.get(scope.connectionId) ?? 0;
    this.stats.loads++;
    const promise = (async () => {
      try {
        const value = await load();
        if ((this.generations.get(scope.connectionId) ?? 0) === generation) {
          const storedAt = Date.now();
          const { freshMs, staleMs } = ttlClasses[typeof ttl === "function" ? ttl(value) : ttl];
          await this.store.set(key, { value, freshUntil: storedAt + freshMs, staleUntil: storedAt + Math.max(freshMs, staleMs) }).catch((error: unknown) => {
            console.error("[read-cache] could not store an entry", error instanceof Error ? error.message : error);
          });
        }
        return value;
      } finally {
        this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Makes stale the given read methods of a connection (every read of it when `methods` is "all"). */
  async invalidate(scope: CacheScope, methods: readonly string[] | "all"): Promise<void> {
    this.generations.set(scope.connectionId, (this.generations.get(scope.connectionId) ?? 0) + 1);
    const prefixes = methods === "all" ? [connectionPrefix(scope.connectionId)] : methods.map((method) => `${scopePrefix(scope)}${method}:`);
    for (const prefix of prefixes) {
      for (const key of this.inFlight.keys()) if (key.startsWith(prefix)) this.inFlight.delete(key);
      await this.store.deletePrefix(prefix);
    }
  }

  /** Forgets everything cached for a connection (its row changed or it was removed). */
  forgetConnection(connectionId: string): Promise<void> {
    return this.invalidate({ connectionId, version: "" }, "all");
  }

  async clear(): Promise<void> {
    this.inFlight.clear();
    this.generations.clear();
    await this.store.clear();
  }
}

const globalForCache = globalThis as { hostdeckReadCache?: ReadCache };

/** The process's read cache (one per server process; shared across instances through its store). */
export function readCache(): ReadCache {
  globalForCache.hostdeckReadCache ??= new ReadCache();
  return globalForCache.hostdeckReadCache;
}
