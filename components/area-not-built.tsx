import Link from "next/link";

import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { requireTeamContext } from "@/lib/auth/session";
import { listConnections } from "@/lib/connections/queries";
import { getProvider, isProviderKind } from "@/lib/providers/core/registry";
import type { Capability } from "@/lib/providers/core/types";

/** An area whose pages have not been built yet says so, and which of the team's connections it will use. */
export async function AreaNotBuilt({ title, capability, summary }: { title: string; capability: Capability; summary: string }) {
  const context = await requireTeamContext();
  const connections = (await listConnections(context.team.id)).filter(
    (connection) => isProviderKind(connection.kind) && getProvider(connection.kind).capabilities.includes(capability),
  );
  return (
    <>
      <PageHeader title={title} description={summary} />
      <EmptyState title="This area is not built yet">
        <p>Hostdeck does not show {title.toLowerCase()} yet; this page is where it will appear.</p>
        <p className="mt-2">
          {connections.length > 0
            ? `It will use ${connections.length === 1 ? "this connection" : "these connections"}: ${connections.map((c) => c.label).join(", ")}.`
            : "None of this team's connections offers it yet. "}
          {connections.length === 0 ? (
            <Link href="/connections" className="font-medium text-brand-600 underline">
              Add a connection
            </Link>
          ) : null}
        </p>
      </EmptyState>
    </>
  );
}
