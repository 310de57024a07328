import { BrokenCircuitError, circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from "cockatiel";

import { sharedStore } from "../../shared-state/store";
import { ProviderError } from "./errors";
import { isOutageError } from "./outage";

export interface BreakerSettings {
  /** Consecutive outages (upstream-down, timeout) that open the circuit. */
  consecutiveFailures: number;
  /** How long calls fail fast before one test call is let through. */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { consecutiveFailures: 5, halfOpenAfterMs: 30_000 };

interface ConnectionBreaker {
  policy: CircuitBreakerPolicy;
  settings: BreakerSettings;
  openedAt: number;
}

/** connectionId → breaker, shared by every caller in the process. */
const breakers = new Map<string, ConnectionBreaker>();

// Values travel to cockatiel tagged, so its result filter can tell a 503 answer from a good one.
interface Tagged<T> {
  value: T;
  outage: boolean;
}

function isOutageValue(result: unknown): boolean {
  return typeof result === "object" && result !== null && "outage" in result && result.outage === true;
}

function breakerFor(connectionId: string, settings: BreakerSettings): ConnectionBreaker {
  const existing = breakers.get(connectionId);
  if (existing && existing.settings.consecutiveFailures === settings.consecutiveFailures && existing.settings.halfOpenAfterMs === settings.halfOpenAfterMs) {
    return existing;
  }
  const policy = circuitBreaker(handleWhen(isOutageError).orWhenResult(isOutageValue), {
    halfOpenAfter: settings.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(settings.consecutiveFailures),
  });
  const entry: ConnectionBreaker = { policy, settings, openedAt: 0 };
  // Other instances learn of an opened circuit through the shared store, until its pause ends.
  policy.onBreak(() => {
    entry.openedAt = Date.now();
    void sharedStore()
      .set(sharedKey(connectionId), String(entry.openedAt + settings.halfOpenAfterMs), settings.halfOpenAfterMs)
      .catch(logStoreFailure);
  });
  policy.onReset(() => void sharedStore().delete(sharedKey(connectionId)).catch(logStoreFailure));
  breakers.set(connectionId, entry);
  return entry;
}

const sharedKey = (connectionId: string) => `breaker:${connectionId}`;

function logStoreFailure(error: unknown): void {
  console.error("Circuit breaker state not shared:", error instanceof Error ? error.message : error);
}

function pausedError(reopensAt: number): ProviderError {
  const seconds = Math.max(1, Math.ceil((reopensAt - Date.now()) / 1000));
  return new ProviderError("upstream-down", { providerMessage: `Paused after repeated failures; retrying in ${seconds} s` });
}

/** When another instance opened this connection's circuit: the time it lets calls through again. */
async function openElsewhereUntil(connectionId: string): Promise<number> {
  const value = await sharedStore()
    .get(sharedKey(connectionId))
    .catch((error: unknown) => (logStoreFailure(error), null));
  const until = Number(value);
  return Number.isFinite(until) && until > Date.now() ? until : 0;
}

/**
 * Runs `fn` behind the connection's circuit breaker. Thrown outages count as failures, and so do values
 * for which `isOutage` says yes (a 503 answer); any other value, a 401 included, is an answer and counts
 * as a success. Other errors (budget refusals, blocked addresses, cancels) never reached the provider:
 * they pass through without counting either way.
 */
export async function withBreaker<T>(
  connectionId: string,
  settings: BreakerSettings,
  fn: () => Promise<T>,
  isOutage: (value: T) => boolean = () => false,
): Promise<T> {
  const entry = breakerFor(connectionId, settings);
  const openUntil = await openElsewhereUntil(connectionId);
  if (openUntil) throw pausedError(openUntil);
  try {
    const tagged = await entry.policy.execute(async (): Promise<Tagged<T>> => {
      const value = await fn();
      return { value, outage: isOutage(value) };
    });
    return tagged.value;
  } catch (error) {
    if (error instanceof BrokenCircuitError) throw pausedError(entry.openedAt + entry.settings.halfOpenAfterMs);
    throw error;
  }
}

/** For health badges: whether calls to this connection are currently paused. */
export function breakerState(connectionId: string): "closed" | "open" | "half-open" {
  const state = breakers.get(connectionId)?.policy.state;
  if (state === CircuitState.Open || state === CircuitState.Isolated) return "open";
  if (state === CircuitState.HalfOpen) return "half-open";
  return "closed";
}
