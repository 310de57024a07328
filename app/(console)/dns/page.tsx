import { ArrowRightLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { ZonesSection, ZonesSkeleton } from "@/components/dns/zones-section";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { capableConnections } from "@/lib/capabilities/core/connections";

export const metadata: Metadata = { title: "DNS" };

export default async function DnsPage() {
  const context = await requireTeamContext();
  const connections = await capableConnections(context.team.id, "dns", ["time4vps"]);
  const canChange = can(context.role, "resources:change");
  const canDestroy = can(context.role, "resources:destroy");
  return (
    <>
      <PageHeader
        title="DNS"
        description="Zones of every DNS account of the team. Open a zone to edit its records, export or import a BIND zone file."
        actions={
          <Link
            href="/dns/reverse"
            className="inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
          >
            <ArrowRightLeft className="h-4 w-4" aria-hidden /> Reverse DNS
          </Link>
        }
      />
      {connections.length === 0 ? (
        <EmptyState title="No DNS account connected">
          <p>
            Zones come from Time4VPS accounts.{" "}
            <Link href="/connections" className="font-medium text-brand-600 underline">
              Add a connection
            </Link>{" "}
            to manage them here.
          </p>
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {connections.map((connection) => (
            <Suspense key={connection.id} fallback={<ZonesSkeleton label={connection.label} />}>
              <ZonesSection teamId={context.team.id} connection={connection} canChange={canChange} canDestroy={canDestroy} />
            </Suspense>
          ))}
        </div>
      )}
    </>
  );
}
