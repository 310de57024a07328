import "server-only";

import { recordHealth } from "../../connections/health";
import { openConnection, openRow, teamConnections, toConnectionRef } from "../../connections/open-connection";
import { notFound, toFailureSummary, type FailureSummary } from "../../errors/app-error";
import { isProviderError, ProviderError } from "../../providers/core/errors";
import { isProviderKind, offers, type ProviderKind } from "../../providers/core/registry";
import type { Capability, ConnectionRef } from "../../providers/core/types";
import type { CapabilityAdapters } from "./adapter-types";

export type { ConnectionRef } from "../../providers/core/types";

/** One connection's answer within a read across connections. */
export type Settled<T> = { ok: true; value: T; ms: number } | { ok: false; error: FailureSummary; ms: number };
export type PerConnectionResult<T> = { connection: ConnectionRef } & Settled<T>;

/** A read started on one connection: the page streams `result` as it settles. `result` never rejects. */
export interface StartedRead<T> {
  connection: ConnectionRef;
  result: Promise<Settled<T>>;
}

/** Per connection, the longest a list waits before showing that connection as not answering. */
export const READ_DEADLINE_MS = 10_000;

/** Failures that say something about the connection's health (not "that item does not exist"). */
const HEALTH_KINDS = new Set(["upstream-down", "timeout", "auth", "bad-response", "rate-limited", "blocked-address"]);

function noteOutcome(connectionId: string, error?: unknown): void {
  if (!error) return recordHealth(connectionId, { ok: true });
  if (isProviderError(error) && HEALTH_KINDS.has(error.kind)) recordHealth(connectionId, { ok: false, message: error.userMessage });
}

/** The team's connections whose kind offers a capability (optionally only some kinds). */
export async function connectionsOffering(teamId: string, capability: Capability, kinds?: readonly ProviderKind[]): Promise<ConnectionRef[]> {
  return (await teamConnections(teamId))
    .filter(
      (row): row is typeof row & { kind: ProviderKind } => isProviderKind(row.kind) && offers(row.kind, capability) && (!kinds || kinds.includes(row.kind)),
    )
    .map(toConnectionRef);
}

export interface ConnectionAdapter<C extends Capability> {
  connection: ConnectionRef;
  adapter: CapabilityAdapters[C];
}

/** One of the team's connections with its adapter for a capability; a connection outside the team or without the capability is not found. */
export async function adapterFor<C extends Capability>(teamId: string, connectionId: string, capability: C): Promise<ConnectionAdapter<C>> {
  const opened = await openConnection(teamId, connectionId);
  const adapter = opened.adapter(capability);
  if (!adapter) throw notFound("This connection");
  return { connection: opened.ref, adapter };
}

/** Runs work with one connection's adapter and notes the provider's health from how it went. */
export async function withAdapter<C extends Capability, T>(
  teamId: string,
  connectionId: string,
  capability: C,
  work: (adapter: CapabilityAdapters[C], connection: ConnectionRef) => Promise<T>,
): Promise<T> {
  const { connection, adapter } = await adapterFor(teamId, connectionId, capability);
  try {
    const value = await work(adapter, connection);
    noteOutcome(connection.id);
    return value;
  } catch (error) {
    noteOutcome(connection.id, error);
    throw error;
  }
}

function withDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProviderError("timeout", { providerMessage: `No answer within ${Math.round(deadlineMs / 1000)} s` })), deadlineMs);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Starts a read on every connection of the team that offers the capability, all at once (each connection's
 * request budget and breaker do the limiting), each with its own deadline. Nothing is awaited: the caller
 * streams each `result` as it settles, or awaits them all with `settleAll`.
 */
export async function readAcross<C extends Capability, T>(
  teamId: string,
  capability: C,
  read: (adapter: CapabilityAdapters[C], connection: ConnectionRef) => Promise<T>,
  options: { kinds?: readonly ProviderKind[]; deadlineMs?: number } = {},
): Promise<StartedRead<T>[]> {
  const rows = (await teamConnections(teamId)).filter(
    (row): row is typeof row & { kind: ProviderKind } =>
      isProviderKind(row.kind) && offers(row.kind, capability) && (!options.kinds || options.kinds.includes(row.kind)),
  );
  return rows.map((row) => {
    const connection = toConnectionRef(row);
    const startedAt = performance.now();
    const ms = () => Math.round(performance.now() - startedAt);
    const work = (async () => {
      const opened = await openRow(row);
      return read(opened.adapter(capability)!, connection);
    })();
    const result = withDeadline(work, options.deadlineMs ?? READ_DEADLINE_MS).then(
      (value): Settled<T> => {
        noteOutcome(connection.id);
        return { ok: true, value, ms: ms() };
      },
      (error: unknown): Settled<T> => {
        noteOutcome(connection.id, error);
        return { ok: false, error: toFailureSummary(error, `${capability} on ${connection.kindLabel}`), ms: ms() };
      },
    );
    return { connection, result };
  });
}

/** Every started read, settled, in the connections' order. */
export async function settleAll<T>(reads: readonly StartedRead<T>[]): Promise<PerConnectionResult<T>[]> {
  return Promise.all(reads.map(async (read) => ({ connection: read.connection, ...(await read.result) })));
}

/** Reads across connections and waits for all of them (exports, summaries): one row per connection. */
export async function readAll<C extends Capability, T>(
  teamId: string,
  capability: C,
  read: (adapter: CapabilityAdapters[C], connection: ConnectionRef) => Promise<T>,
  options?: { kinds?: readonly ProviderKind[]; deadlineMs?: number },
): Promise<PerConnectionResult<T>[]> {
  return settleAll(await readAcross(teamId, capability, read, options));
}
