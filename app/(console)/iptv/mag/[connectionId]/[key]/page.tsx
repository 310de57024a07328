import type { Metadata } from "next";
import { Suspense } from "react";

import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { SubscriptionDetailSection } from "@/components/iptv/subscription-detail-section";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "MAG device" };

export default async function MagDevicePage({ params }: { params: Promise<{ connectionId: string; key: string }> }) {
  const context = await requireTeamContext();
  const { connectionId, key } = await params;
  return (
    <Suspense fallback={<ListSkeleton rows={3} label="Loading the MAG device" />}>
      <SubscriptionDetailSection context={context} kind="mag" connectionId={connectionId} rawKey={key} />
    </Suspense>
  );
}
