import type { Metadata } from "next";
import { Suspense } from "react";

import { ConnectionErrors } from "@/components/iptv/connection-errors";
import { ListSkeleton } from "@/components/iptv/list-skeleton";
import { NoIptvConnections } from "@/components/iptv/no-connections";
import { ResellersClient } from "@/components/iptv/resellers-client";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext, type TeamContext } from "@/lib/auth/session";
import { creditLedger, listResellers } from "@/lib/capabilities/iptv/resellers";

export const metadata: Metadata = { title: "IPTV resellers" };

async function ResellersSection({ context }: { context: TeamContext }) {
  const [results, ledger] = await Promise.all([listResellers(context.team.id), creditLedger(context.team.id)]);
  if (results.length === 0) return <NoIptvConnections />;
  return (
    <>
      <ConnectionErrors results={results} />
      <ResellersClient
        resellers={results.flatMap((result) => (result.ok ? result.value : []))}
        ledger={ledger}
        connections={results.filter((result) => result.ok).map((result) => ({ id: result.connection.id, label: result.connection.label }))}
        canCredit={can(context.role, "resources:change")}
        canManage={can(context.role, "connections:manage")}
      />
    </>
  );
}

export default async function ResellersPage() {
  const context = await requireTeamContext();
  return (
    <Suspense fallback={<ListSkeleton label="Loading resellers" />}>
      <ResellersSection context={context} />
    </Suspense>
  );
}
