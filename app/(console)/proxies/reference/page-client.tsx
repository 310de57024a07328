"use client";

import { CatalogTables } from "@/components/proxies/catalog-tables";
import { ProxySectionSkeleton } from "@/components/proxies/section-skeleton";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { ProxyCatalog } from "@/lib/capabilities/proxies/types";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

/** One section per proxy connection: its locations and plans, or its error, as soon as that account answers. */
export function CatalogListClient({ catalogs }: { catalogs: StartedRead<ProxyCatalog>[] }) {
  const { states } = useConnectionReads(catalogs, { key: "proxy-catalog", url: (id) => `/api/proxies/${encodeURIComponent(id)}/catalog` });
  return (
    <div className="space-y-8">
      {states.map((state) => (
        <section key={state.connection.id} aria-labelledby={`catalog-${state.connection.id}`} className="space-y-3">
          <h2 id={`catalog-${state.connection.id}`} className="text-lg font-semibold">
            {state.connection.label}
          </h2>
          {state.status === "loading" ? <ProxySectionSkeleton label={`Loading servers and plans of ${state.connection.label}…`} rows={6} /> : null}
          {state.status === "error" ? (
            <ConnectionErrorRow label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />
          ) : null}
          {state.status === "ok" ? <CatalogTables catalog={state.data} /> : null}
        </section>
      ))}
    </div>
  );
}
