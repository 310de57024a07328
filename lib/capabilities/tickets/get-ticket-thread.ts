import "server-only";

import { withConnection } from "../core/connections";
import { ticketClient } from "./ticket-client";
import { buildThread } from "./ticket-rules";
import type { TicketThread } from "./types";

export interface ThreadWithConnection {
  connection: { id: string; label: string };
  thread: TicketThread;
}

/** One ticket with its replies. Reading it marks the provider's answers as read, as its own client area does. */
export async function getTicketThread(teamId: string, connectionId: string, ticketNumber: string): Promise<ThreadWithConnection> {
  return withConnection(teamId, connectionId, async (opened) => ({
    connection: { id: opened.connection.id, label: opened.connection.label },
    thread: buildThread(await ticketClient(opened).getTicket({ ticketNumber })),
  }));
}
