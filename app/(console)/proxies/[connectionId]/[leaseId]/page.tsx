import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteLeaseButton } from "@/components/proxies/delete-lease-button";
import { PortsPanel } from "@/components/proxies/ports-panel";
import { ServerLabel } from "@/components/proxies/server-label";
import { UsageBar } from "@/components/proxies/usage-bar";
import { Card, PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getProxyLease, type LeaseDetail } from "@/lib/capabilities/proxies/get-lease";
import { describeFailure } from "@/lib/capabilities/proxies/http-answer";

export const metadata: Metadata = { title: "Proxy lease" };

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

export default async function LeasePage({ params }: { params: Promise<{ connectionId: string; leaseId: string }> }) {
  const context = await requireTeamContext();
  const { connectionId, leaseId: rawLeaseId } = await params;
  const leaseId = Number(rawLeaseId);
  if (!Number.isSafeInteger(leaseId) || leaseId <= 0) notFound();

  let detail: LeaseDetail;
  try {
    detail = await getProxyLease(context.team.id, connectionId, leaseId);
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.kind === "not-found") notFound();
    return (
      <>
        <Link href="/proxies" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
          <ArrowLeft className="h-4 w-4" aria-hidden /> Proxies
        </Link>
        <PageHeader title={`Lease ${leaseId}`} />
        <ErrorNote>{failure.message}</ErrorNote>
      </>
    );
  }
  const { lease, ports, connection } = detail;
  return (
    <>
      <Link href="/proxies" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
        <ArrowLeft className="h-4 w-4" aria-hidden /> Proxies
      </Link>
      <PageHeader
        title={`Lease ${lease.id}`}
        description={`${lease.addr ?? ""} · ${connection.label}`}
        actions={can(context.role, "resources:destroy") ? <DeleteLeaseButton connectionId={connection.id} leaseId={lease.id} addr={lease.addr ?? ""} afterDelete="list" /> : null}
      />
      <Card className="mb-6 p-4">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Fact label="Address">
            <span className="font-mono">{lease.addr}</span>
          </Fact>
          <Fact label="Server">{lease.server ? <ServerLabel server={lease.server} /> : "—"}</Fact>
          <Fact label="Plan">{lease.plan?.name ?? "—"}</Fact>
          <Fact label="Usage">
            <UsageBar usage={lease.usage} included={lease.plan?.gb ?? null} error={lease.usageError} />
          </Fact>
        </dl>
      </Card>
      <PortsPanel connectionId={connection.id} leaseId={lease.id} ports={ports} canChange={can(context.role, "resources:change")} />
    </>
  );
}
