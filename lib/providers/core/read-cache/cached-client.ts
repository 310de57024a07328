import type { ReadPolicy } from "./policy";
import { readCache, type CacheScope, type ReadCache } from "./read-cache";

const rawClient = Symbol("hostdeck.rawClient");

type AnyMethod = (...args: never[]) => unknown;

/**
 * The client with its reads going through the read cache and its changes making stale what they touch.
 * Callers use it exactly like the raw client.
 */
export function withReadCache<C extends object>(client: C, policy: NoInfer<ReadPolicy<C>>, scope: CacheScope, cache: ReadCache = readCache()): C {
  const wrapped: Record<string | symbol, unknown> = { [rawClient]: client };
  for (const [name, member] of Object.entries(client)) {
    if (typeof member !== "function") {
      wrapped[name] = member;
      continue;
    }
    const method = (member as AnyMethod).bind(client) as (...args: unknown[]) => Promise<unknown>;
    const ttl = policy.reads[name as keyof typeof policy.reads];
    if (ttl === "never") wrapped[name] = method;
    else if (ttl) wrapped[name] = (...args: unknown[]) => cache.read(scope, name, args, ttl, () => method(...args));
    else {
      const stale = (policy.invalidates?.[name as keyof typeof policy.reads] as readonly string[] | undefined) ?? "all";
      // A change that failed may still have happened at the provider (a timeout); its reads are stale either way.
      wrapped[name] = (...args: unknown[]) => Promise.resolve(method(...args)).finally(() => cache.invalidate(scope, stale));
    }
  }
  return wrapped as C;
}

/** The same client without the cache, for the rare read that must see the provider now (a user's "Refresh"). */
export function uncached<C extends object>(client: C): C {
  return ((client as Record<symbol, unknown>)[rawClient] as C | undefined) ?? client;
}
