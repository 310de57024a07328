"use client";

import Link from "next/link";

import { ServerCard, ServerCardSkeleton } from "@/components/servers/server-card";
import { Badge } from "@/components/ui/badge";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { ServerSummary } from "@/lib/capabilities/servers/types";
import { useConnectionReads, type ConnectionReadState } from "@/lib/ui/use-connection-reads";

const grid = "grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3";

function ConnectionServers({ state }: { state: ConnectionReadState<ServerSummary[]> }) {
  if (state.status === "loading") {
    return (
      <div className={grid} role="status" aria-label={`Loading servers of ${state.connection.label}`}>
        <ServerCardSkeleton />
        <ServerCardSkeleton />
      </div>
    );
  }
  if (state.status === "error") return <ConnectionErrorRow label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />;
  if (state.data.length === 0) return <EmptyState title="No active servers">This account has no active VPS or dedicated servers right now.</EmptyState>;
  return (
    <div className={grid}>
      {state.data.map((server) => (
        <ServerCard key={server.serverId} server={server} />
      ))}
    </div>
  );
}

/** One section per connection; each fills in as soon as its provider answers. */
export function ServersListClient({
  lists,
  providers,
  canManageConnections,
}: {
  lists: StartedRead<ServerSummary[]>[];
  providers: string[];
  canManageConnections: boolean;
}) {
  const { states } = useConnectionReads(lists, { key: "servers", url: (id) => `/api/servers/${encodeURIComponent(id)}` });

  if (states.length === 0) {
    return (
      <EmptyState
        title="No server provider connected"
        action={
          canManageConnections ? (
            <Link href="/connections" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              Add a {providers.join(" or ")} connection
            </Link>
          ) : undefined
        }
      >
        Servers appear here once the team connects a provider account that manages servers ({providers.join(", ")}).
      </EmptyState>
    );
  }

  return (
    <div className="space-y-8">
      {states.map((state) => (
        <section key={state.connection.id} aria-labelledby={`servers-${state.connection.id}`}>
          <h2 id={`servers-${state.connection.id}`} className="mb-3 flex items-center gap-2 text-sm font-semibold text-slate-600 dark:text-slate-300">
            {state.connection.label}
            <Badge>{state.connection.kindLabel}</Badge>
          </h2>
          <ConnectionServers state={state} />
        </section>
      ))}
    </div>
  );
}
