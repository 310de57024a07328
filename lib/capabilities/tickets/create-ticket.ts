import "server-only";

import { withConnection } from "../core/connections";
import { ticketClient, type AuditConnection } from "./ticket-client";

/** Opens a ticket (`POST /tickets`); never retried, so a lost answer cannot open it twice. */
export async function createTicket(teamId: string, input: { connectionId: string; deptId: string; subject: string; body: string }, audit: AuditConnection) {
  return withConnection(teamId, input.connectionId, async (opened) => {
    audit.connection = { id: opened.connection.id, label: opened.connection.label };
    return ticketClient(opened).createTicket({ deptId: input.deptId, subject: input.subject, body: input.body });
  });
}
