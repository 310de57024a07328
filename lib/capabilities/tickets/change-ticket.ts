import "server-only";

import type { ConnectionRef } from "../../providers/core/types";
import { withAdapter } from "../core/connections";
import type { NewTicket } from "./types";

export interface TicketChange {
  connection: ConnectionRef;
  ticketNumber: string;
}

interface TicketTarget {
  connectionId: string;
  ticketNumber: string;
}

/** Opens a ticket in a department of the connection's support desk. */
export function createTicket(teamId: string, input: NewTicket & { connectionId: string }): Promise<TicketChange> {
  return withAdapter(teamId, input.connectionId, "tickets", async (adapter, connection) => ({ connection, ...(await adapter.open(input)) }));
}

/** Adds the team's reply; a closed ticket must be re-opened first (the provider refuses it). */
export function replyToTicket(teamId: string, input: TicketTarget & { body: string }): Promise<TicketChange> {
  return withAdapter(teamId, input.connectionId, "tickets", async (adapter, connection) => {
    await adapter.reply(input.ticketNumber, input.body);
    return { connection, ticketNumber: input.ticketNumber };
  });
}

/** Closes or re-opens a ticket. */
export function setTicketClosed(teamId: string, input: TicketTarget, closed: boolean): Promise<TicketChange & { closed: boolean }> {
  return withAdapter(teamId, input.connectionId, "tickets", async (adapter, connection) => {
    await (closed ? adapter.close(input.ticketNumber) : adapter.reopen(input.ticketNumber));
    return { connection, ticketNumber: input.ticketNumber, closed };
  });
}
