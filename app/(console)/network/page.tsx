import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { ClientIp } from "@/components/network/client-ip";
import { NetworkTools } from "@/components/network/network-tools";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { connectionsOffering } from "@/lib/capabilities/core/connections";

export const metadata: Metadata = { title: "Network" };

export default async function NetworkPage({ searchParams }: { searchParams: Promise<{ connection?: string }> }) {
  const context = await requireTeamContext();
  const connections = await connectionsOffering(context.team.id, "network");
  const wanted = (await searchParams).connection;
  const current = connections.find((connection) => connection.id === wanted) ?? connections[0];
  return (
    <>
      <PageHeader title="Network" description="Addresses, free IPs, main IP and traffic from the team's ip.php network modules." />
      {!current ? (
        <EmptyState title="No network module connected">
          <p>
            Network tools use an ip.php module (HOSTKEY InvAPI).{" "}
            <Link href="/connections" className="font-medium text-brand-600 underline">
              Add a connection
            </Link>
            .
          </p>
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {connections.length > 1 ? (
            <nav aria-label="Network connections" className="flex flex-wrap gap-2">
              {connections.map((connection) => (
                <Link
                  key={connection.id}
                  href={`/network?connection=${connection.id}`}
                  aria-current={connection.id === current.id ? "page" : undefined}
                  className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 dark:border-slate-700 dark:aria-[current=page]:bg-brand-700/30"
                >
                  {connection.label}
                </Link>
              ))}
            </nav>
          ) : null}
          <Card className="p-4">
            <Suspense fallback={<div className="h-5 w-64 animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-label="Loading the client IP" />}>
              <ClientIp teamId={context.team.id} connection={current} />
            </Suspense>
          </Card>
          <NetworkTools key={current.id} connectionId={current.id} canDestroy={can(context.role, "resources:destroy")} />
        </div>
      )}
    </>
  );
}
