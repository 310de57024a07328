import "server-only";

import { withConnection } from "../core/connections";
import { ticketClient, type AuditConnection } from "./ticket-client";

/** Closes (`PUT /tickets/@number/close`) or re-opens (`PUT /tickets/@number/open`) a ticket. */
export async function setTicketClosed(teamId: string, input: { connectionId: string; ticketNumber: string }, closed: boolean, audit: AuditConnection) {
  return withConnection(teamId, input.connectionId, async (opened) => {
    audit.connection = { id: opened.connection.id, label: opened.connection.label };
    const client = ticketClient(opened);
    if (closed) await client.closeTicket({ ticketNumber: input.ticketNumber });
    else await client.reopenTicket({ ticketNumber: input.ticketNumber });
    return { ticketNumber: input.ticketNumber, closed };
  });
}
