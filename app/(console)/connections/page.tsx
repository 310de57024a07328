import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { describeCredentialFields } from "@/lib/connections/credential-fields";
import { currentHealth } from "@/lib/connections/health";
import { teamConnections } from "@/lib/connections/open-connection";
import { STORED_SECRET_NAMES_KEY } from "@/lib/connections/secrets";
import { getProvider, isProviderKind, providerKinds } from "@/lib/providers/core/registry";

import { ConnectionsClient, type ConnectionRow, type KindDescriptor } from "./page-client";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage() {
  const context = await requireTeamContext();
  const kinds: KindDescriptor[] = providerKinds.map((kind) => {
    const provider = getProvider(kind);
    return {
      kind,
      label: provider.label,
      description: provider.description,
      defaultBaseUrl: provider.defaultBaseUrl,
      baseUrlHelp: provider.baseUrlHelp,
      defaultRequestsPerMinute: provider.defaultRequestsPerMinute,
      fields: describeCredentialFields(provider.credentials),
    };
  });
  const rows: ConnectionRow[] = (await teamConnections(context.team.id)).map((connection) => {
    const { [STORED_SECRET_NAMES_KEY]: storedSecrets, ...settings } = connection.settings as Record<string, unknown>;
    const health = currentHealth(connection.id, connection);
    return {
      id: connection.id,
      kind: connection.kind,
      kindLabel: isProviderKind(connection.kind) ? getProvider(connection.kind).label : connection.kind,
      label: connection.label,
      baseUrl: connection.baseUrl,
      requestsPerMinute: connection.requestsPerMinute,
      isSandbox: connection.isSandbox,
      settings: Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, String(value)])),
      storedSecrets: Array.isArray(storedSecrets) ? storedSecrets.map(String) : [],
      lastSuccessAt: health.lastSuccessAt?.toISOString() ?? null,
      lastErrorAt: health.lastErrorAt?.toISOString() ?? null,
      lastError: health.lastError,
    };
  });
  return (
    <>
      <PageHeader title="Connections" description="Provider accounts this team works with. Credentials are encrypted at rest and never leave the server." />
      <ConnectionsClient kinds={kinds} connections={rows} canManage={can(context.role, "connections:manage")} canTest={can(context.role, "connections:test")} />
    </>
  );
}
