import "server-only";

import { fanOutConnections, type PerConnection } from "../core/connections";
import { ticketClient, TICKET_KINDS } from "./ticket-client";
import { mapTicketSummary, sortTickets } from "./ticket-rules";
import type { TicketRow } from "./types";

/** Tickets of every support connection of the team, each list sorted (waiting for the team first). */
export async function listTeamTickets(teamId: string): Promise<PerConnection<TicketRow[]>[]> {
  return fanOutConnections(
    teamId,
    "tickets",
    async (opened) => sortTickets((await ticketClient(opened).listTickets()).map((ticket) => mapTicketSummary(opened.connection, ticket))),
    { kinds: TICKET_KINDS },
  );
}
