import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { ServerDetailClient } from "@/components/iptv/server-detail-client";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext, type TeamContext } from "@/lib/auth/session";
import { isMissing } from "@/lib/capabilities/core/load-detail";
import { getPanelServer } from "@/lib/capabilities/iptv/servers";
import { isProviderError } from "@/lib/providers/core/errors";

export const metadata: Metadata = { title: "IPTV server" };

async function ServerSection({ context, connectionId, id }: { context: TeamContext; connectionId: string; id: number }) {
  let server: Awaited<ReturnType<typeof getPanelServer>>;
  try {
    server = await getPanelServer(context.team.id, connectionId, id);
  } catch (error) {
    if (isMissing(error)) {
      return (
        <EmptyState title="Server not found">
          <Link href="/iptv/servers" className="font-medium text-brand-600 underline">
            Back to the servers
          </Link>
        </EmptyState>
      );
    }
    if (isProviderError(error)) return <ConnectionErrorRow label="IPTV panel" message={error.userMessage} />;
    throw error;
  }
  return <ServerDetailClient server={server} canManage={can(context.role, "connections:manage")} />;
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
