import type { Metadata } from "next";

import { NoIptvConnections } from "@/components/iptv/no-connections";
import { SubscriptionsClient } from "@/components/iptv/subscriptions-client";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { nowSeconds } from "@/lib/capabilities/iptv/expiry";
import { startSubscriptionLists } from "@/lib/capabilities/iptv/read-lists";

export const metadata: Metadata = { title: "IPTV lines" };

export default async function LinesPage() {
  const context = await requireTeamContext();
  const lists = await startSubscriptionLists(context.team.id, "line");
  if (lists.length === 0) return <NoIptvConnections />;
  return (
    <SubscriptionsClient
      kind="line"
      lists={lists}
      now={nowSeconds()}
      canChange={can(context.role, "resources:change")}
      canDestroy={can(context.role, "resources:destroy")}
    />
  );
}
