import type { Metadata } from "next";

import { SubscriptionDetailPage } from "@/components/iptv/subscription-detail-page";

export const metadata: Metadata = { title: "IPTV line" };

export default async function LinePage({ params }: { params: Promise<{ connectionId: string; key: string }> }) {
  return <SubscriptionDetailPage kind="line" params={await params} />;
}
