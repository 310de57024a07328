import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { BulkAclForm } from "@/components/proxies/bulk-acl-form";
import { PageHeader } from "@/components/ui/card";
import { EmptyState, ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { listHttpPorts } from "@/lib/capabilities/proxies/read-proxies";
import { connectionParams } from "@/lib/capabilities/proxies/schemas";
import { loadForPage } from "@/lib/errors/page-outcome";

export const metadata: Metadata = { title: "Bulk ACL" };

export default async function BulkAclPage({ params }: { params: Promise<{ connectionId: string }> }) {
  const raw = await params;
  const context = await requireTeamContext();
  const back = (
    <Link href="/proxies" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
      <ArrowLeft className="h-4 w-4" aria-hidden /> Proxies
    </Link>
  );
  if (!can(context.role, "resources:change")) {
    return (
      <>
        {back}
        <PageHeader title="Bulk ACL" />
        <EmptyState title="Operators only">Your role can read the ACL rules of each port but not change them.</EmptyState>
      </>
    );
  }
  const loaded = await loadForPage(() => listHttpPorts(context.team.id, connectionParams.parse(raw).connectionId), "bulk ACL page");
  if (!loaded.ok) {
    return (
      <>
        {back}
        <PageHeader title="Bulk ACL" />
        <ErrorNote>{loaded.message}</ErrorNote>
      </>
    );
  }
  const data = loaded.value;
  return (
    <>
      {back}
      <PageHeader
        title="Bulk ACL"
        description={`Add one allow or deny rule to many HTTP ports of ${data.connection.label} at once; each port reports its own result.`}
      />
      <BulkAclForm connectionId={data.connection.id} connectionLabel={data.connection.label} leases={data.leases} />
    </>
  );
}
