import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { AclEditor } from "@/components/proxies/acl-editor";
import { PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getPortAcl } from "@/lib/capabilities/proxies/read-proxies";
import { portParams } from "@/lib/capabilities/proxies/schemas";
import { loadForPage } from "@/lib/errors/page-outcome";

export const metadata: Metadata = { title: "Port ACL" };

export default async function PortAclPage({ params }: { params: Promise<{ connectionId: string; leaseId: string; portId: string }> }) {
  const raw = await params;
  const context = await requireTeamContext();
  const back = (
    <Link
      href={`/proxies/${encodeURIComponent(raw.connectionId)}/${encodeURIComponent(raw.leaseId)}`}
      className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400"
    >
      <ArrowLeft className="h-4 w-4" aria-hidden /> Lease {raw.leaseId}
    </Link>
  );
  // Decided before anything renders, so a wrong id, a TCP port or another team's connection answers 404.
  const loaded = await loadForPage(() => {
    const { connectionId, leaseId, portId } = portParams.parse(raw);
    return getPortAcl(context.team.id, connectionId, leaseId, portId);
  }, "port ACL page");
  if (!loaded.ok) {
    return (
      <>
        {back}
        <PageHeader title="Port ACL" />
        <ErrorNote>{loaded.message}</ErrorNote>
      </>
    );
  }
  const acl = loaded.value;
  const { port } = acl;
  return (
    <>
      {back}
      <PageHeader
        title={`ACL of port ${port.from}${port.domain ? ` (${port.domain})` : ""}`}
        description={`HTTP → ${port.addr}:${port.to} · lease ${acl.leaseId} · ${acl.connection.label}. Rules are checked from the top; the first that matches the client's address decides.`}
      />
      <AclEditor initial={acl} canChange={can(context.role, "resources:change")} />
    </>
  );
}
