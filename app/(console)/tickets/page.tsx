import type { Metadata } from "next";
import { Suspense } from "react";

import { ConnectionErrors } from "@/components/billing/connection-errors";
import { SectionSkeleton } from "@/components/billing/section-skeleton";
import { TicketList } from "@/components/tickets/ticket-list";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { capableConnections } from "@/lib/capabilities/core/connections";
import { listTeamTickets } from "@/lib/capabilities/tickets/list-tickets";
import { TICKET_KINDS } from "@/lib/capabilities/tickets/ticket-client";
import { sortTickets } from "@/lib/capabilities/tickets/ticket-rules";

import { NewTicketButton } from "./page-client";

export const metadata: Metadata = { title: "Tickets" };

async function TicketsSection({ teamId }: { teamId: string }) {
  const results = await listTeamTickets(teamId);
  return (
    <div className="space-y-3">
      <ConnectionErrors results={results} />
      {results.some((result) => result.ok) ? <TicketList rows={sortTickets(results.flatMap((result) => (result.ok ? result.value : [])))} /> : null}
    </div>
  );
}

export default async function TicketsPage() {
  const context = await requireTeamContext();
  const connections = await capableConnections(context.team.id, "tickets", TICKET_KINDS);
  return (
    <>
      <PageHeader
        title="Tickets"
        description="Support tickets of every provider account; answers waiting for the team come first."
        actions={connections.length > 0 && can(context.role, "resources:change") ? <NewTicketButton connections={connections.map(({ id, label }) => ({ id, label }))} /> : undefined}
      />
      {connections.length === 0 ? (
        <EmptyState title="No support desk connected">Connect an XSServer account to see and open its support tickets here.</EmptyState>
      ) : (
        <Suspense fallback={<SectionSkeleton label="Loading tickets…" rows={5} />}>
          <TicketsSection teamId={context.team.id} />
        </Suspense>
      )}
    </>
  );
}
