import type { Metadata } from "next";
import { Suspense } from "react";

import { AdminsClient } from "@/components/iptv/admins-client";
import { ConnectionErrors } from "@/components/iptv/connection-errors";
import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { NoIptvConnections } from "@/components/iptv/no-connections";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext, type TeamContext } from "@/lib/auth/session";
import { listPanelAdmins } from "@/lib/capabilities/iptv/admins";

export const metadata: Metadata = { title: "IPTV administrators" };

async function AdminsSection({ context }: { context: TeamContext }) {
  const results = await listPanelAdmins(context.team.id);
  if (results.length === 0) return <NoIptvConnections />;
  return (
    <>
      <ConnectionErrors results={results} />
      <AdminsClient
        admins={results.flatMap((result) => (result.ok ? result.value : []))}
        connections={results.filter((result) => result.ok).map((result) => ({ id: result.connection.id, label: result.connection.label }))}
        canManage={can(context.role, "connections:manage")}
      />
    </>
  );
}

export default async function AdminsPage() {
  const context = await requireTeamContext();
  return (
    <Suspense fallback={<ListSkeleton rows={3} label="Loading administrators" />}>
      <AdminsSection context={context} />
    </Suspense>
  );
}
