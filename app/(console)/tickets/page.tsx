import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startTicketLists } from "@/lib/capabilities/tickets/read-tickets";

import { NewTicketButton, TicketsClient } from "./page-client";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage() {
  const context = await requireTeamContext();
  const lists = await startTicketLists(context.team.id);
  const connections = lists.map(({ connection }) => ({ id: connection.id, label: connection.label }));
  return (
    <>
      <PageHeader
        title="Tickets"
        description="Support tickets of every provider account; answers waiting for the team come first."
        actions={connections.length > 0 && can(context.role, "resources:change") ? <NewTicketButton connections={connections} /> : undefined}
      />
      <TicketsClient lists={lists} />
    </>
  );
}
