import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { DeleteLeaseButton } from "@/components/proxies/delete-lease-button";
import { LeasePorts, LeaseUsage } from "@/components/proxies/lease-sections";
import { ProxySectionSkeleton } from "@/components/proxies/section-skeleton";
import { ServerLabel } from "@/components/proxies/server-label";
import { Card, PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getProxyLease } from "@/lib/capabilities/proxies/read-proxies";
import { leaseParams } from "@/lib/capabilities/proxies/schemas";
import { loadForPage } from "@/lib/errors/page-outcome";

export const metadata: Metadata = { title: "Proxy lease" };

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

function BackLink() {
  return (
    <Link href="/proxies" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
      <ArrowLeft className="h-4 w-4" aria-hidden /> Proxies
    </Link>
  );
}

export default async function LeasePage({ params }: { params: Promise<{ connectionId: string; leaseId: string }> }) {
  const raw = await params;
  const context = await requireTeamContext();
  // Decided before anything streams, so a wrong id or another team's connection answers 404.
  const loaded = await loadForPage(() => {
    const { connectionId, leaseId } = leaseParams.parse(raw);
    return getProxyLease(context.team.id, connectionId, leaseId);
  }, "proxy lease page");
  if (!loaded.ok) {
    return (
      <>
        <BackLink />
        <PageHeader title={`Lease ${raw.leaseId}`} />
        <ErrorNote>{loaded.message}</ErrorNote>
      </>
    );
  }
  const { lease, connection } = loaded.value;
  const section = { teamId: context.team.id, connectionId: connection.id, leaseId: lease.id };
  return (
    <>
      <BackLink />
      <PageHeader
        title={`Lease ${lease.id}`}
        description={`${lease.addr} · ${connection.label}`}
        actions={
          can(context.role, "resources:destroy") ? (
            <DeleteLeaseButton connectionId={connection.id} leaseId={lease.id} addr={lease.addr} afterDelete="list" />
          ) : null
        }
      />
      <Card className="mb-6 p-4">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Fact label="Address">
            <span className="font-mono">{lease.addr}</span>
          </Fact>
          <Fact label="Server">
            <ServerLabel server={lease.server} />
          </Fact>
          <Fact label="Plan">{lease.plan.name}</Fact>
          <Fact label="Usage">
            <Suspense fallback={<span className="text-xs text-slate-500 dark:text-slate-400">Reading usage…</span>}>
              <LeaseUsage {...section} included={lease.plan.gb} />
            </Suspense>
          </Fact>
        </dl>
      </Card>
      <Suspense fallback={<ProxySectionSkeleton label="Loading ports…" />}>
        <LeasePorts {...section} canChange={can(context.role, "resources:change")} />
      </Suspense>
    </>
  );
}
