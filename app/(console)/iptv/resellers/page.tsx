import type { Metadata } from "next";

import { NoIptvConnections } from "@/components/iptv/no-connections";
import { ResellersClient } from "@/components/iptv/resellers-client";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { creditLedger } from "@/lib/capabilities/iptv/credit-ledger";
import { startPanelLists } from "@/lib/capabilities/iptv/read-lists";

export const metadata: Metadata = { title: "IPTV resellers" };

export default async function ResellersPage() {
  const context = await requireTeamContext();
  const [lists, ledger] = await Promise.all([startPanelLists(context.team.id, "resellers"), creditLedger(context.team.id)]);
  if (lists.length === 0) return <NoIptvConnections />;
  return (
    <ResellersClient lists={lists} ledger={ledger} canCredit={can(context.role, "resources:change")} canManage={can(context.role, "connections:manage")} />
  );
}
