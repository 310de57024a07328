import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AclEditor } from "@/components/proxies/acl-editor";
import { PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getPortAcl, type PortAcl } from "@/lib/capabilities/proxies/get-port-acl";
import { describeFailure } from "@/lib/capabilities/proxies/http-answer";

export const metadata: Metadata = { title: "Port ACL" };

export default async function PortAclPage({ params }: { params: Promise<{ connectionId: string; leaseId: string; portId: string }> }) {
  const context = await requireTeamContext();
  const { connectionId, leaseId: rawLease, portId: rawPort } = await params;
  const leaseId = Number(rawLease);
  const portId = Number(rawPort);
  if (![leaseId, portId].every((n) => Number.isSafeInteger(n) && n > 0)) notFound();
  const back = (
    <Link href={`/proxies/${connectionId}/${leaseId}`} className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
      <ArrowLeft className="h-4 w-4" aria-hidden /> Lease {leaseId}
    </Link>
  );

  let acl: PortAcl;
  try {
    acl = await getPortAcl(context.team.id, connectionId, leaseId, portId);
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.kind === "not-found") notFound();
    return (
      <>
        {back}
        <PageHeader title="Port ACL" />
        <ErrorNote>{failure.message}</ErrorNote>
      </>
    );
  }
  const { port } = acl;
  return (
    <>
      {back}
      <PageHeader
        title={`ACL of port ${port.from}${port.domain ? ` (${port.domain})` : ""}`}
        description={`HTTP → ${port.addr}:${port.to} · lease ${leaseId} · ${acl.connection.label}. Rules are checked from the top; the first that matches the client's address decides.`}
      />
      <AclEditor initial={acl} canChange={can(context.role, "resources:change")} />
    </>
  );
}
