import type { Metadata } from "next";
import { Suspense } from "react";

import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { StreamsClient } from "@/components/iptv/streams-client";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext, type TeamContext } from "@/lib/auth/session";
import { listStreams } from "@/lib/capabilities/iptv/streams";

export const metadata: Metadata = { title: "IPTV streams" };

async function StreamsSection({ context }: { context: TeamContext }) {
  const results = await listStreams(context.team.id);
  return <StreamsClient initial={results} canChange={can(context.role, "resources:change")} />;
}

export default async function StreamsPage() {
  const context = await requireTeamContext();
  return (
    <Suspense fallback={<ListSkeleton label="Loading streams" />}>
      <StreamsSection context={context} />
    </Suspense>
  );
}
