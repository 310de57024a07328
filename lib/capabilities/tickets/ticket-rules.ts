import { z } from "zod";

import type { Department, ThreadMessage, TicketRow, TicketThread } from "./types";

export const isClosedStatus = (status: string) => status.trim().toLowerCase() === "closed";

/** The provider answered (or left something unread) on an open ticket. */
export function isWaitingForTeam(status: string, unread: boolean): boolean {
  if (isClosedStatus(status)) return false;
  return status.trim().toLowerCase() === "answered" || unread;
}

interface TicketSummaryShape {
  ticket_number: string;
  subject: string;
  deptname?: string | null;
  status: string;
  date: string;
  client_read?: boolean;
  lastreply?: unknown;
}

export function mapTicketSummary(connection: { id: string; label: string }, ticket: TicketSummaryShape): TicketRow {
  const unread = ticket.client_read === false;
  const lastReply = typeof ticket.lastreply === "string" && ticket.lastreply.trim() ? ticket.lastreply.trim() : null;
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    number: ticket.ticket_number,
    subject: ticket.subject,
    department: ticket.deptname?.trim() || "—",
    status: ticket.status,
    lastUpdate: lastReply ?? ticket.date,
    lastUpdateFrom: lastReply ? "reply" : "opened",
    unread,
    closed: isClosedStatus(ticket.status),
    waitingForTeam: isWaitingForTeam(ticket.status, unread),
  };
}

/** Waiting for the team first, then open, then closed; newest update first within each. */
export function sortTickets(rows: readonly TicketRow[]): TicketRow[] {
  const rank = (row: TicketRow) => (row.waitingForTeam ? 0 : row.closed ? 2 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.lastUpdate.localeCompare(a.lastUpdate) || b.number.localeCompare(a.number));
}

interface TicketDetailShape {
  ticket: { ticket_number: string; subject: string; body: string; date: string; status: string; name?: string | null; deptname?: string | null };
  replies: { id: string; name?: string | null; date: string; body: string; type: string }[];
}

/** CRLF and lone CR become LF, so the thread keeps the author's line breaks and nothing else. */
export const normalizeLineBreaks = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * The opening message then every reply, oldest first by date (the provider's order breaks ties, then the
 * numeric id), each marked staff ("Admin") or client.
 */
export function buildThread(detail: TicketDetailShape): TicketThread {
  const { ticket } = detail;
  const opening: ThreadMessage = {
    id: `ticket-${ticket.ticket_number}`,
    author: ticket.name?.trim() || "You",
    date: ticket.date,
    body: normalizeLineBreaks(ticket.body),
    from: "client",
  };
  const replies = detail.replies
    .map((reply, index) => ({ reply, index }))
    .sort((a, b) => a.reply.date.localeCompare(b.reply.date) || a.index - b.index || Number(a.reply.id) - Number(b.reply.id))
    .map(({ reply }): ThreadMessage => ({
      id: reply.id,
      author: reply.name?.trim() || (reply.type === "Admin" ? "Support" : "You"),
      date: reply.date,
      body: normalizeLineBreaks(reply.body),
      from: reply.type.trim().toLowerCase() === "admin" ? "staff" : "client",
    }));
  return {
    number: ticket.ticket_number,
    subject: ticket.subject,
    department: ticket.deptname?.trim() || "—",
    status: ticket.status,
    closed: isClosedStatus(ticket.status),
    messages: [opening, ...replies],
  };
}

export function mapDepartments(departments: { id: string; name: string; description?: string | null }[]): Department[] {
  return departments.map((dept) => ({ id: dept.id, name: dept.name, description: dept.description?.trim() ?? "" }));
}

// ---- form and action inputs (shared by the forms and the actions) ----

const connectionId = z.string().uuid("Choose a connection");
const ticketNumber = z.string().trim().regex(/^\d{1,18}$/, "Not a ticket number");
const body = z.string().trim().min(1, "Write a message").max(65_535, "The message is too long");

export const createTicketSchema = z.object({
  connectionId,
  deptId: z.string().trim().regex(/^\d+$/, "Choose a department"),
  subject: z.string().trim().min(1, "Give a subject").max(255, "The subject is too long (255 characters at most)"),
  body,
});
export const replyTicketSchema = z.object({ connectionId, ticketNumber, body });
export const ticketRefSchema = z.object({ connectionId, ticketNumber });
