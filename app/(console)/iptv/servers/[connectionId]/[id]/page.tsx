import type { Metadata } from "next";
import { Suspense } from "react";

import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { ServerDetailClient } from "@/components/iptv/server-detail-client";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext, type TeamContext } from "@/lib/auth/session";
import { loadForPage } from "@/lib/errors/page-outcome";
import { getPanelServer } from "@/lib/capabilities/iptv/servers";

export const metadata: Metadata = { title: "IPTV server" };

async function ServerSection({ context, connectionId, id }: { context: TeamContext; connectionId: string; id: number }) {
  const loaded = await loadForPage(() => getPanelServer(context.team.id, connectionId, id), "iptv server page");
  if (!loaded.ok) return <ConnectionErrorRow label="IPTV panel" message={loaded.message} />;
  return <ServerDetailClient server={loaded.value} canManage={can(context.role, "connections:manage")} />;
}

export default async function ServerPage({ params }: { params: Promise<{ connectionId: string; id: string }> }) {
  const context = await requireTeamContext();
  const { connectionId, id } = await params;
  return (
    <Suspense fallback={<ListSkeleton rows={2} label="Loading the server" />}>
      <ServerSection context={context} connectionId={connectionId} id={Number(id)} />
    </Suspense>
  );
}
