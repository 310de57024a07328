import { onShutdown } from "../runtime/shutdown";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import type { SharedStore } from "./types";

export const REDIS_URL_ENV = "REDIS_URL";
export const REDIS_KEY_PREFIX_ENV = "REDIS_KEY_PREFIX";

export function readSharedStoreConfig(env: Readonly<Record<string, string | undefined>> = process.env): { url: string; prefix: string } | null {
  const url = env[REDIS_URL_ENV]?.trim();
  if (!url) return null;
  return { url, prefix: env[REDIS_KEY_PREFIX_ENV]?.trim() || "hostdeck:" };
}

/** Checked before start: names the variable when REDIS_URL is not a Redis URL. */
export function sharedStoreProblems(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const config = readSharedStoreConfig(env);
  if (config && !/^rediss?:\/\//.test(config.url)) return [`${REDIS_URL_ENV} must be redis://… or rediss://… (got a value of another form).`];
  return [];
}

const globalForStore = globalThis as { hostdeckSharedStore?: SharedStore };

/** The process's shared store, opened on first use and closed by graceful shutdown. */
export function sharedStore(): SharedStore {
  if (!globalForStore.hostdeckSharedStore) {
    const config = readSharedStoreConfig();
    const store = config ? new RedisStore(config.url, config.prefix) : new MemoryStore();
    globalForStore.hostdeckSharedStore = store;
    onShutdown("stores", "shared store", () => store.close());
  }
  return globalForStore.hostdeckSharedStore;
}

/** Makes another store the process's (tests). */
export function installSharedStore(store: SharedStore | undefined): void {
  globalForStore.hostdeckSharedStore = store;
}

export type { SharedStore } from "./types";
