import type { Metadata } from "next";

import { SubscriptionDetailPage } from "@/components/iptv/subscription-detail-page";

export const metadata: Metadata = { title: "MAG device" };

export default async function MagDevicePage({ params }: { params: Promise<{ connectionId: string; key: string }> }) {
  return <SubscriptionDetailPage kind="mag" params={await params} />;
}
