import type { Metadata } from "next";

import { NoIptvConnections } from "@/components/iptv/no-connections";
import { ServersList } from "@/components/iptv/servers-list";
import { requireTeamContext } from "@/lib/auth/session";
import { startPanelLists } from "@/lib/capabilities/iptv/read-lists";

export const metadata: Metadata = { title: "IPTV servers" };

export default async function ServersPage() {
  const context = await requireTeamContext();
  const lists = await startPanelLists(context.team.id, "servers");
  if (lists.length === 0) return <NoIptvConnections />;
  return <ServersList lists={lists} />;
}
