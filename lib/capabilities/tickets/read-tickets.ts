import "server-only";

import type { ConnectionRef } from "../../providers/core/types";
import { readAcross, readAll, withAdapter, type PerConnectionResult, type StartedRead } from "../core/connections";
import type { TicketsAdapter } from "./adapter";
import { sortTickets, toThread, toTicketRow } from "./ticket-rules";
import type { Department, TicketRow, TicketThread } from "./types";

/** One connection's tickets, waiting for the team first. */
async function connectionTickets(adapter: TicketsAdapter, connection: ConnectionRef): Promise<TicketRow[]> {
  return sortTickets((await adapter.list()).map((ticket) => toTicketRow(connection, ticket)));
}

/** Every support connection's tickets, started at once; the page streams each as it settles. */
export function startTicketLists(teamId: string): Promise<StartedRead<TicketRow[]>[]> {
  return readAcross(teamId, "tickets", connectionTickets);
}

/** One connection's tickets (the list's refresh). */
export function readConnectionTickets(teamId: string, connectionId: string): Promise<TicketRow[]> {
  return withAdapter(teamId, connectionId, "tickets", connectionTickets);
}

/** Tickets of every support connection, all settled (the overview). */
export function listTeamTickets(teamId: string): Promise<PerConnectionResult<TicketRow[]>[]> {
  return readAll(teamId, "tickets", connectionTickets);
}

export interface ThreadWithConnection {
  connection: ConnectionRef;
  thread: TicketThread;
}

/** One ticket with its replies. Reading it marks the provider's answers as read, as its own client area does. */
export function getTicketThread(teamId: string, connectionId: string, ticketNumber: string): Promise<ThreadWithConnection> {
  return withAdapter(teamId, connectionId, "tickets", async (adapter, connection) => ({ connection, thread: toThread(await adapter.thread(ticketNumber)) }));
}

/** The support departments a new ticket can go to. */
export function listDepartments(teamId: string, connectionId: string): Promise<Department[]> {
  return withAdapter(teamId, connectionId, "tickets", (adapter) => adapter.departments());
}
