import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { serverConnections } from "@/lib/capabilities/servers/list-servers";

import { ConnectionServers, ConnectionServersSkeleton } from "./connection-servers";

export const metadata: Metadata = { title: "Servers" };

export default async function ServersPage() {
  const context = await requireTeamContext();
  const connections = await serverConnections(context.team.id);
  const revealSecrets = can(context.role, "resources:change");
  return (
    <>
      <PageHeader
        title="Servers"
        description="VPS and dedicated servers across your provider accounts: resources, tasks and actions."
        actions={
          <Link href="/tasks" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            View tasks
          </Link>
        }
      />
      {connections.length === 0 ? (
        <EmptyState
          title="No server provider connected"
          action={
            can(context.role, "connections:manage") ? (
              <Link href="/connections" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                Add a Time4VPS connection
              </Link>
            ) : undefined
          }
        >
          Servers appear here once the team connects a provider account that manages servers (Time4VPS).
        </EmptyState>
      ) : (
        <div className="space-y-8">
          {connections.map((connection) => (
            <section key={connection.id} aria-labelledby={`servers-${connection.id}`}>
              <h2 id={`servers-${connection.id}`} className="mb-3 flex items-center gap-2 text-sm font-semibold text-slate-600 dark:text-slate-300">
                {connection.label}
                <Badge>{connection.kindLabel}</Badge>
              </h2>
              <Suspense fallback={<ConnectionServersSkeleton />}>
                <ConnectionServers teamId={context.team.id} connection={connection} revealSecrets={revealSecrets} />
              </Suspense>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
