import type { Metadata } from "next";

import { AdminsClient } from "@/components/iptv/admins-client";
import { NoIptvConnections } from "@/components/iptv/no-connections";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startPanelLists } from "@/lib/capabilities/iptv/read-lists";

export const metadata: Metadata = { title: "IPTV administrators" };

export default async function AdminsPage() {
  const context = await requireTeamContext();
  const lists = await startPanelLists(context.team.id, "admins");
  if (lists.length === 0) return <NoIptvConnections />;
  return <AdminsClient lists={lists} canManage={can(context.role, "connections:manage")} />;
}
