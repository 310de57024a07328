import type { Metadata } from "next";

import { NoIptvConnections } from "@/components/iptv/no-connections";
import { StreamsClient } from "@/components/iptv/streams-client";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startPanelLists } from "@/lib/capabilities/iptv/read-lists";

export const metadata: Metadata = { title: "IPTV streams" };

export default async function StreamsPage() {
  const context = await requireTeamContext();
  const lists = await startPanelLists(context.team.id, "streams");
  if (lists.length === 0) return <NoIptvConnections />;
  return <StreamsClient lists={lists} canChange={can(context.role, "resources:change")} />;
}
