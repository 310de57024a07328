import "server-only";

import { listConnections, type SafeConnection } from "../../connections/queries";
import { openConnection, type OpenedConnection } from "../../connections/open-connection";
import { db } from "../../db/client";
import { fanOut, type FanOutError } from "../../providers/core/fan-out";
import { isProviderError } from "../../providers/core/errors";
import { getProvider, isProviderKind, type ProviderKind } from "../../providers/core/registry";
import type { Capability } from "../../providers/core/types";

export interface ConnectionRef {
  id: string;
  label: string;
  kind: ProviderKind;
  kindLabel: string;
  isSandbox: boolean;
}

export type PerConnection<T> =
  | { connection: ConnectionRef; ok: true; value: T; ms: number }
  | { connection: ConnectionRef; ok: false; error: FanOutError; ms: number };

function toRef(connection: SafeConnection & { kind: ProviderKind }): ConnectionRef {
  return {
    id: connection.id,
    label: connection.label,
    kind: connection.kind,
    kindLabel: getProvider(connection.kind).label,
    isSandbox: connection.isSandbox,
  };
}

/** The team's connections whose kind offers a capability (optionally only some kinds). */
export async function capableConnections(teamId: string, capability: Capability, kinds?: readonly ProviderKind[]): Promise<ConnectionRef[]> {
  return (await listConnections(teamId))
    .filter((c): c is SafeConnection & { kind: ProviderKind } => isProviderKind(c.kind))
    .filter((c) => getProvider(c.kind).capabilities.includes(capability) && (!kinds || kinds.includes(c.kind)))
    .map(toRef);
}

const SUCCESS_REFRESH_MS = 60_000;

/**
 * Records the outcome of a real call as the connection's health (last success / last error). Pages fan out on
 * every view, so a success is written only when it changes what the UI shows: no success within the last
 * minute, or an error recorded within it (the connection would otherwise still read as failing).
 */
async function recordHealth(connectionId: string, error?: FanOutError): Promise<void> {
  const now = new Date();
  const write = error
    ? db().connection.update({ where: { id: connectionId }, data: { lastErrorAt: now, lastError: error.message } })
    : db().connection.updateMany({
        where: {
          id: connectionId,
          OR: [
            { lastSuccessAt: null },
            { lastSuccessAt: { lt: new Date(now.getTime() - SUCCESS_REFRESH_MS) } },
            { lastErrorAt: { gt: new Date(now.getTime() - SUCCESS_REFRESH_MS) } },
          ],
        },
        data: { lastSuccessAt: now },
      });
  await write.catch(() => {});
}

/**
 * Runs one call on every connection of the team that offers `capability`, with bounded concurrency and a
 * deadline, and returns a result or an error per connection: one slow or broken provider never holds the page.
 */
export async function fanOutConnections<T>(
  teamId: string,
  capability: Capability,
  worker: (opened: OpenedConnection) => Promise<T>,
  options: { kinds?: readonly ProviderKind[]; concurrency?: number; timeoutMs?: number } = {},
): Promise<PerConnection<T>[]> {
  const connections = await capableConnections(teamId, capability, options.kinds);
  const results = await fanOut(connections, async (ref) => worker(await openConnection(teamId, ref.id)), {
    concurrency: options.concurrency ?? 4,
    timeoutMs: options.timeoutMs ?? 20_000,
  });
  await Promise.all(results.map((r) => recordHealth(r.item.id, r.ok ? undefined : r.error)));
  return results.map((r) => (r.ok ? { connection: r.item, ok: true, value: r.value, ms: r.ms } : { connection: r.item, ok: false, error: r.error, ms: r.ms }));
}

/** One call on one connection of the team (scoped by team: another team's id is not found). */
export async function withConnection<T>(teamId: string, connectionId: string, worker: (opened: OpenedConnection) => Promise<T>): Promise<T> {
  const opened = await openConnection(teamId, connectionId);
  try {
    const value = await worker(opened);
    await recordHealth(connectionId);
    return value;
  } catch (error) {
    if (isProviderError(error) && ["upstream-down", "timeout", "auth", "bad-response"].includes(error.kind)) {
      await recordHealth(connectionId, { kind: error.kind, message: error.userMessage });
    }
    throw error;
  }
}
