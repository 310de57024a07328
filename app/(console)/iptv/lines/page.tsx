import type { Metadata } from "next";
import { Suspense } from "react";

import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { SubscriptionsSection } from "@/components/iptv/subscriptions-section";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "IPTV lines" };

export default async function LinesPage({ searchParams }: { searchParams: Promise<{ fresh?: string }> }) {
  const context = await requireTeamContext();
  const fresh = (await searchParams).fresh === "1";
  return (
    <Suspense fallback={<ListSkeleton label="Loading lines" />}>
      <SubscriptionsSection context={context} kind="line" fresh={fresh} />
    </Suspense>
  );
}
