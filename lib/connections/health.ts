import "server-only";

import { db } from "../db/client";

/** What the console last saw of a connection's provider. */
export interface ConnectionHealth {
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
}

interface Tracked extends ConnectionHealth {
  /** Changed since the last write. */
  dirty: boolean;
  writtenAt: number;
}

const WRITE_EVERY_MS = 60_000;

const globalForHealth = globalThis as { hostdeckHealth?: { byId: Map<string, Tracked>; timer?: NodeJS.Timeout } };

function state() {
  globalForHealth.hostdeckHealth ??= { byId: new Map() };
  return globalForHealth.hostdeckHealth;
}

function tracked(connectionId: string): Tracked {
  const byId = state().byId;
  let entry = byId.get(connectionId);
  if (!entry) {
    entry = { lastSuccessAt: null, lastErrorAt: null, lastError: null, dirty: false, writtenAt: 0 };
    byId.set(connectionId, entry);
  }
  return entry;
}

/**
 * Writes what changed, at most once a minute per connection. Raw SQL on purpose: health is not a change of the
 * connection, so the row's `updatedAt` (which versions opened connections and cached reads) must not move.
 */
export async function flushHealth(options: { force?: boolean } = {}): Promise<void> {
  const now = Date.now();
  for (const [id, entry] of state().byId) {
    if (!entry.dirty || (!options.force && now - entry.writtenAt < WRITE_EVERY_MS)) continue;
    entry.dirty = false;
    entry.writtenAt = now;
    await db()
      .$executeRaw`UPDATE "Connection" SET "lastSuccessAt" = COALESCE(${entry.lastSuccessAt}, "lastSuccessAt"), "lastErrorAt" = ${entry.lastErrorAt}, "lastError" = ${entry.lastError} WHERE "id" = ${id}`.catch(
      () => {
        entry.dirty = true;
      },
    );
  }
}

function scheduleFlush(): void {
  const holder = state();
  if (holder.timer) return;
  holder.timer = setTimeout(() => {
    holder.timer = undefined;
    void flushHealth().finally(() => {
      if ([...holder.byId.values()].some((entry) => entry.dirty)) scheduleFlush();
    });
  }, WRITE_EVERY_MS);
  holder.timer.unref();
}

/** Notes the outcome of a real provider call; the request never waits for the database. */
export function recordHealth(connectionId: string, outcome: { ok: true } | { ok: false; message: string }, at = new Date()): void {
  const entry = tracked(connectionId);
  if (outcome.ok) {
    // A success clears an older error: the connection reads as healthy again.
    if (entry.lastErrorAt && entry.lastErrorAt > at) return;
    const changesWhatUsersSee = entry.lastError !== null || !entry.lastSuccessAt || at.getTime() - entry.lastSuccessAt.getTime() >= WRITE_EVERY_MS;
    entry.lastSuccessAt = at;
    entry.lastErrorAt = null;
    entry.lastError = null;
    if (changesWhatUsersSee) entry.dirty = true;
  } else {
    entry.lastErrorAt = at;
    entry.lastError = outcome.message;
    entry.dirty = true;
  }
  if (entry.dirty) {
    // The first change of a connection is written right away (behind the request); later ones once a minute.
    if (entry.writtenAt === 0) void flushHealth();
    else scheduleFlush();
  }
}

/** The stored health with what this process saw since, for pages that show it. */
export function currentHealth(connectionId: string, stored: ConnectionHealth): ConnectionHealth {
  const seen = state().byId.get(connectionId);
  if (!seen) return stored;
  const newest = (a: Date | null, b: Date | null) => (a && (!b || a > b) ? a : b);
  const lastSuccessAt = newest(seen.lastSuccessAt, stored.lastSuccessAt);
  const seenError = seen.lastErrorAt ? { at: seen.lastErrorAt, message: seen.lastError } : null;
  const storedError = stored.lastErrorAt ? { at: stored.lastErrorAt, message: stored.lastError } : null;
  let error = seenError && (!storedError || seenError.at > storedError.at) ? seenError : storedError;
  if (error && lastSuccessAt && lastSuccessAt > error.at) error = null;
  return { lastSuccessAt, lastErrorAt: error?.at ?? null, lastError: error?.message ?? null };
}

/** Tests and shutdown: forget what is pending after writing it. */
export async function drainHealth(): Promise<void> {
  await flushHealth({ force: true });
  const holder = state();
  if (holder.timer) clearTimeout(holder.timer);
  holder.timer = undefined;
  holder.byId.clear();
}
