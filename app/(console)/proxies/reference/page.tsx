import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { CatalogTables } from "@/components/proxies/catalog-tables";
import { ProxySectionSkeleton } from "@/components/proxies/section-skeleton";
import { PageHeader } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import { requireTeamContext } from "@/lib/auth/session";
import type { ConnectionRef } from "@/lib/capabilities/core/connections";
import { proxyConnections } from "@/lib/capabilities/proxies/connections";
import { describeFailure } from "@/lib/capabilities/proxies/http-answer";
import { getProxyCatalog } from "@/lib/capabilities/proxies/list-catalog";

export const metadata: Metadata = { title: "Proxy servers and plans" };

async function ConnectionCatalog({ teamId, connection }: { teamId: string; connection: ConnectionRef }) {
  const loaded = await getProxyCatalog(teamId, connection.id).then(
    (catalog) => ({ ok: true as const, catalog }),
    (error: unknown) => ({ ok: false as const, message: describeFailure(error).message }),
  );
  const content = loaded.ok ? (
    <CatalogTables catalog={loaded.catalog} />
  ) : (
    <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={loaded.message} />
  );
  return (
    <section aria-labelledby={`catalog-${connection.id}`} className="space-y-3">
      <h2 id={`catalog-${connection.id}`} className="text-lg font-semibold">
        {connection.label}
      </h2>
      {content}
    </section>
  );
}

export default async function ProxyReferencePage() {
  const context = await requireTeamContext();
  const connections = await proxyConnections(context.team.id);
  return (
    <>
      <Link href="/proxies" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
        <ArrowLeft className="h-4 w-4" aria-hidden /> Proxies
      </Link>
      <PageHeader title="Servers and plans" description="Proxy locations with free IPv4 and IPv6 proxies, and the plans each X4B account can buy." />
      {connections.length === 0 ? (
        <EmptyState title="No X4B connection yet">Connect an X4B account to see its locations and plans.</EmptyState>
      ) : (
        <div className="space-y-8">
          {connections.map((connection) => (
            <Suspense key={connection.id} fallback={<ProxySectionSkeleton label={`Loading servers and plans of ${connection.label}…`} rows={6} />}>
              <ConnectionCatalog teamId={context.team.id} connection={connection} />
            </Suspense>
          ))}
        </div>
      )}
    </>
  );
}
