import type { Metadata } from "next";
import { Suspense } from "react";

import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { SubscriptionDetailSection } from "@/components/iptv/subscription-detail-section";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "IPTV line" };

export default async function LinePage({ params }: { params: Promise<{ connectionId: string; key: string }> }) {
  const context = await requireTeamContext();
  const { connectionId, key } = await params;
  return (
    <Suspense fallback={<ListSkeleton rows={3} label="Loading the line" />}>
      <SubscriptionDetailSection context={context} kind="line" connectionId={connectionId} rawKey={key} />
    </Suspense>
  );
}
