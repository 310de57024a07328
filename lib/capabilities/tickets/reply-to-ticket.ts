import "server-only";

import { withConnection } from "../core/connections";
import { ticketClient, type AuditConnection } from "./ticket-client";

/** Adds the team's reply (`POST /tickets/@number`); a closed ticket must be re-opened first. */
export async function replyToTicket(teamId: string, input: { connectionId: string; ticketNumber: string; body: string }, audit: AuditConnection) {
  return withConnection(teamId, input.connectionId, async (opened) => {
    audit.connection = { id: opened.connection.id, label: opened.connection.label };
    await ticketClient(opened).replyToTicket({ ticketNumber: input.ticketNumber, body: input.body });
    return { ticketNumber: input.ticketNumber };
  });
}
