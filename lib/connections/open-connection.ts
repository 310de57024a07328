import "server-only";

import { cache } from "react";

import type { CapabilityAdapters } from "../capabilities/core/adapter-types";
import { db } from "../db/client";
import { notFound } from "../errors/app-error";
import { createTransport } from "../providers/core/http";
import { withReadCache } from "../providers/core/read-cache/cached-client";
import { isProviderKind, providerModule, type ProviderKind } from "../providers/core/registry";
import type { Capability, ConnectionContext, ConnectionRef, ProviderDefinition, ProviderModule } from "../providers/core/types";
import { isRecordId } from "../validation/plain-text";
import { listConnections, type SafeConnection } from "./queries";
import { credentialsAad, getVault } from "./vault";

/**
 * A connection ready for provider calls: decrypted credentials, its transport (keep-alive agent, breaker,
 * budget) and its client behind the read cache. Reused until the connection's row changes.
 */
export interface OpenedConnection {
  ref: ConnectionRef & { kind: ProviderKind };
  provider: ProviderDefinition;
  /** For the kind's own connection test; everything else goes through `client` or an adapter. */
  context: ConnectionContext;
  adapter<C extends Capability>(capability: C): CapabilityAdapters[C] | undefined;
  /** Ends the provider session the connection holds, when its kind keeps one; undefined when there is none. */
  endSession(): Promise<{ revoked: boolean } | undefined>;
}

/** The row's version: any change of the connection (address, credentials, label) opens it anew. */
export const versionOf = (row: { updatedAt: Date }) => String(row.updatedAt.getTime());

const MAX_OPEN = 1_000;
const globalForPool = globalThis as { hostdeckOpenConnections?: Map<string, Promise<OpenedConnection>> };

function pool(): Map<string, Promise<OpenedConnection>> {
  globalForPool.hostdeckOpenConnections ??= new Map();
  return globalForPool.hostdeckOpenConnections;
}

export function toConnectionRef(
  row: Pick<SafeConnection, "id" | "label" | "kind" | "isSandbox"> & { kind: ProviderKind },
): ConnectionRef & { kind: ProviderKind } {
  return { id: row.id, label: row.label, kind: row.kind, kindLabel: providerModule(row.kind).definition.label, isSandbox: row.isSandbox };
}

/** The one place credentials are decrypted: right before a connection is first used, on the server. */
async function open(row: SafeConnection & { kind: ProviderKind }): Promise<OpenedConnection> {
  const secretRow = await db().connection.findFirst({ where: { id: row.id, teamId: row.teamId }, select: { secretCiphertext: true, updatedAt: true } });
  if (!secretRow) throw notFound("This connection");
  const provider: ProviderModule = providerModule(row.kind);
  const vault = await getVault();
  const secrets = vault.decryptJson(secretRow.secretCiphertext, credentialsAad(row.id)) as Record<string, unknown>;
  const credentials = provider.definition.credentials.parse({ ...(row.settings as Record<string, unknown>), ...secrets });
  const transport = createTransport({
    connectionId: row.id,
    baseUrl: row.baseUrl,
    requestsPerMinute: row.requestsPerMinute ?? provider.definition.defaultRequestsPerMinute,
  });
  const context: ConnectionContext = { connectionId: row.id, baseUrl: row.baseUrl, credentials, transport };
  const client = withReadCache(provider.createClient(context), provider.readPolicy, { connectionId: row.id, version: versionOf(row) });
  const ref = toConnectionRef(row);
  const adapters = new Map<Capability, unknown>();
  return {
    ref,
    provider: provider.definition,
    context,
    endSession: async () => provider.endSession?.(client),
    adapter(capability) {
      if (!adapters.has(capability)) adapters.set(capability, provider.adapters[capability]?.(client, ref));
      return adapters.get(capability) as CapabilityAdapters[typeof capability] | undefined;
    },
  };
}

/** The opened connection for a row the caller has already scoped to its team. */
export function openRow(row: SafeConnection): Promise<OpenedConnection> {
  if (!isProviderKind(row.kind)) return Promise.reject(notFound("This connection"));
  const kind = row.kind;
  const key = `${row.id}@${versionOf(row)}`;
  const connections = pool();
  let opened = connections.get(key);
  if (!opened) {
    for (const other of connections.keys()) if (other.startsWith(`${row.id}@`)) connections.delete(other);
    if (connections.size >= MAX_OPEN) connections.delete(connections.keys().next().value!);
    opened = open({ ...row, kind });
    connections.set(key, opened);
    opened.catch(() => connections.delete(key));
  }
  return opened;
}

/** The team's connections, read once per request. */
export const teamConnections = cache((teamId: string) => listConnections(teamId));

/** One connection of the team, opened (another team's id, or an unknown one, is not found). */
export async function openConnection(teamId: string, id: string): Promise<OpenedConnection> {
  if (!isRecordId(id)) throw notFound("This connection");
  const row = (await teamConnections(teamId)).find((connection) => connection.id === id);
  if (!row) throw notFound("This connection");
  return openRow(row);
}

/** Forgets every opened connection (tests; key rotation). */
export function closeOpenConnections(): void {
  pool().clear();
}
