import { ListChecks, Table2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { ProxySectionSkeleton } from "@/components/proxies/section-skeleton";
import { ServicesTable } from "@/components/proxies/services-table";
import { PageHeader } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import type { ConnectionRef } from "@/lib/capabilities/core/connections";
import { proxyConnections } from "@/lib/capabilities/proxies/connections";
import { describeFailure } from "@/lib/capabilities/proxies/http-answer";
import { listProxyServices } from "@/lib/capabilities/proxies/list-services";

export const metadata: Metadata = { title: "Proxies" };

const linkClass =
  "inline-flex h-8 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

async function ConnectionServices({ teamId, connection, canDestroy, canChange }: { teamId: string; connection: ConnectionRef; canDestroy: boolean; canChange: boolean }) {
  const loaded = await listProxyServices(teamId, connection.id).then(
    (services) => ({ ok: true as const, services }),
    (error: unknown) => ({ ok: false as const, message: describeFailure(error).message }),
  );
  const content = loaded.ok ? (
    <ServicesTable services={loaded.services} canDestroy={canDestroy} />
  ) : (
    <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={loaded.message} />
  );
  return (
    <section aria-labelledby={`proxies-${connection.id}`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`proxies-${connection.id}`} className="text-lg font-semibold">
          {connection.label}
        </h2>
        {canChange ? (
          <Link href={`/proxies/${connection.id}/bulk-acl`} className={linkClass}>
            <ListChecks className="h-4 w-4" aria-hidden />
            Bulk ACL
          </Link>
        ) : null}
      </div>
      {content}
    </section>
  );
}

export default async function ProxiesPage() {
  const context = await requireTeamContext();
  const connections = await proxyConnections(context.team.id);
  return (
    <>
      <PageHeader
        title="Proxies"
        description="DDoS-protected proxy leases across your X4B accounts: ports, ACL rules and traffic this period."
        actions={
          connections.length ? (
            <Link href="/proxies/reference" className={linkClass}>
              <Table2 className="h-4 w-4" aria-hidden />
              Servers and plans
            </Link>
          ) : null
        }
      />
      {connections.length === 0 ? (
        <EmptyState
          title="No X4B connection yet"
          action={
            can(context.role, "connections:manage") ? (
              <Link href="/connections" className={linkClass}>
                Add a connection
              </Link>
            ) : null
          }
        >
          Connect an X4B account to see its proxy leases here.
          {can(context.role, "connections:manage") ? null : " Ask an admin of this team to add one."}
        </EmptyState>
      ) : (
        <div className="space-y-8">
          {connections.map((connection) => (
            <Suspense key={connection.id} fallback={<ProxySectionSkeleton label={`Loading leases of ${connection.label}…`} />}>
              <ConnectionServices
                teamId={context.team.id}
                connection={connection}
                canDestroy={can(context.role, "resources:destroy")}
                canChange={can(context.role, "resources:change")}
              />
            </Suspense>
          ))}
        </div>
      )}
    </>
  );
}
