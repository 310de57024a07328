import { db } from "../db/client";
import { notFound } from "../actions/result";
import { createTransport } from "../providers/core/http";
import { getProvider, isProviderKind } from "../providers/core/registry";
import type { ConnectionContext, ProviderDefinition } from "../providers/core/types";
import { credentialsAad, getVault } from "./vault";
import { isRecordId } from "../validation/plain-text";

export interface OpenedConnection {
  provider: ProviderDefinition;
  context: ConnectionContext;
  connection: { id: string; label: string; kind: string };
}

/** The one place credentials are decrypted: right before a provider call, on the server. */
export async function openConnection(teamId: string, id: string): Promise<OpenedConnection> {
  if (!isRecordId(id)) throw notFound("This connection");
  const row = await db().connection.findFirst({ where: { id, teamId } });
  if (!row || !isProviderKind(row.kind)) throw notFound("This connection");
  const provider = getProvider(row.kind);
  const vault = await getVault();
  const secrets = vault.decryptJson(row.secretCiphertext, credentialsAad(row.id)) as Record<string, unknown>;
  const credentials = provider.credentials.parse({ ...(row.settings as Record<string, unknown>), ...secrets });
  const transport = createTransport({
    connectionId: row.id,
    baseUrl: row.baseUrl,
    requestsPerMinute: row.requestsPerMinute ?? provider.defaultRequestsPerMinute,
  });
  return {
    provider,
    context: { connectionId: row.id, baseUrl: row.baseUrl, credentials, transport },
    connection: { id: row.id, label: row.label, kind: row.kind },
  };
}
