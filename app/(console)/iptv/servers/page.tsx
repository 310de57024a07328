import type { Metadata } from "next";
import { Suspense } from "react";

import { ConnectionErrors } from "@/components/iptv/connection-errors";
import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { NoIptvConnections } from "@/components/iptv/no-connections";
import { ServersList } from "@/components/iptv/servers-list";
import { requireTeamContext } from "@/lib/auth/session";
import { listPanelServers } from "@/lib/capabilities/iptv/servers";

export const metadata: Metadata = { title: "IPTV servers" };

async function ServersSection({ teamId }: { teamId: string }) {
  const results = await listPanelServers(teamId);
  if (results.length === 0) return <NoIptvConnections />;
  return (
    <>
      <ConnectionErrors results={results} />
      <ServersList servers={results.flatMap((result) => (result.ok ? result.value : []))} many={results.length > 1} />
    </>
  );
}

export default async function ServersPage() {
  const context = await requireTeamContext();
  return (
    <Suspense fallback={<ListSkeleton rows={3} label="Loading servers" />}>
      <ServersSection teamId={context.team.id} />
    </Suspense>
  );
}
