import { z } from "zod";

import { connectionIdSchema } from "../../connections/connection-id";
import type { ProviderTicket, ProviderTicketThread, TicketRow, TicketThread } from "./types";

export const isClosedStatus = (status: string) => status.trim().toLowerCase() === "closed";

/** The provider answered (or left something unread) on an open ticket. */
export function isWaitingForTeam(status: string, unread: boolean): boolean {
  if (isClosedStatus(status)) return false;
  return status.trim().toLowerCase() === "answered" || unread;
}

/** The console's reading of a provider's ticket: whose it is, and whether it waits for the team. */
export function toTicketRow(connection: { id: string; label: string }, ticket: ProviderTicket): TicketRow {
  return {
    ...ticket,
    connectionId: connection.id,
    connectionLabel: connection.label,
    closed: isClosedStatus(ticket.status),
    waitingForTeam: isWaitingForTeam(ticket.status, ticket.unread),
  };
}

/** Waiting for the team first, then open, then closed; newest update first within each. */
export function sortTickets(rows: readonly TicketRow[]): TicketRow[] {
  const rank = (row: TicketRow) => (row.waitingForTeam ? 0 : row.closed ? 2 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.lastUpdate.localeCompare(a.lastUpdate) || b.number.localeCompare(a.number));
}

/** CRLF and lone CR become LF, so the thread keeps the author's line breaks and nothing else. */
export const normalizeLineBreaks = (text: string) => text.replace(/\r\n?/g, "\n");

/** The opening message, then every reply oldest first by date (the provider's order breaks ties). */
export function toThread(detail: ProviderTicketThread): TicketThread {
  const { opening, replies, ...ticket } = detail;
  const ordered = [...replies].sort((a, b) => a.date.localeCompare(b.date));
  return { ...ticket, closed: isClosedStatus(ticket.status), messages: [opening, ...ordered] };
}

// ---- form, action and path inputs (shared by the forms, the actions and the pages) ----

export const ticketNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{1,18}$/, "Not a ticket number");
const body = z.string().trim().min(1, "Write a message").max(65_535, "The message is too long");

export const createTicketSchema = z.object({
  connectionId: connectionIdSchema,
  deptId: z.string().trim().regex(/^\d+$/, "Choose a department"),
  subject: z.string().trim().min(1, "Give a subject").max(255, "The subject is too long (255 characters at most)"),
  body,
});
export const replyTicketSchema = z.object({ connectionId: connectionIdSchema, ticketNumber: ticketNumberSchema, body });
export const ticketRefSchema = z.object({ connectionId: connectionIdSchema, ticketNumber: ticketNumberSchema });
