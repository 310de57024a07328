import type { Context, Hono } from "hono";

import type { XsserverEnv } from "../env";
import { fail, numericId, stringParam, timestamp } from "../request";
import type { TicketRecord } from "../seed";
import type { XsserverState } from "../state";

const MAX_SUBJECT = 255;
const MAX_BODY = 65_535;

/** Support: list, details with replies (oldest first), create, reply, re-open, close, departments. */
export function mountTicketRoutes(api: Hono<XsserverEnv>, state: XsserverState): void {
  const deptName = (id: string) => state.data.departments.find((dept) => dept.id === id)?.name ?? "";

  const findTicket = (c: Context<XsserverEnv>): TicketRecord | undefined => {
    const number = numericId(c.req.param("number"));
    return state.data.tickets.find((ticket) => ticket.number === number && ticket.clientId === c.get("clientId"));
  };

  api.get("/tickets", (c) => {
    const tickets = state.data.tickets
      .filter((ticket) => ticket.clientId === c.get("clientId"))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((ticket) => ({
        client_read: ticket.clientRead,
        ticket_number: ticket.number,
        date: ticket.date,
        deptname: deptName(ticket.deptId),
        subject: ticket.subject,
        status: ticket.status,
      }));
    return c.json({ tickets });
  });

  api.get("/tickets/:number", (c) => {
    const ticket = findTicket(c);
    const client = state.client(c.get("clientId"));
    if (!ticket || !client) return fail(c, 404, "Ticket not found");
    // Opening a ticket in the client area marks the staff answers as read.
    ticket.clientRead = "1";
    return c.json({
      ticket: {
        date: ticket.date,
        ticket_number: ticket.number,
        name: `${client.firstname} ${client.lastname}`,
        email: client.email,
        subject: ticket.subject,
        body: ticket.body,
        status: ticket.status,
        client_read: ticket.clientRead,
        deptname: deptName(ticket.deptId),
      },
      replies: ticket.replies.map((reply) => ({ ...reply })),
    });
  });

  api.post("/tickets", (c) => {
    const params = c.get("params");
    const client = state.client(c.get("clientId"));
    if (!client) return fail(c, 401, "wronglogin");
    const deptId = numericId(stringParam(params, "dept_id"));
    const subject = stringParam(params, "subject")?.trim() ?? "";
    const body = stringParam(params, "body")?.trim() ?? "";
    const errors: string[] = [];
    if (!deptId || !state.data.departments.some((dept) => dept.id === deptId)) errors.push("Invalid department");
    if (!subject) errors.push("Subject is required");
    else if (subject.length > MAX_SUBJECT) errors.push(`Subject is too long (max ${MAX_SUBJECT} characters)`);
    if (!body) errors.push("Message is required");
    else if (body.length > MAX_BODY) errors.push("Message is too long");
    if (errors.length > 0 || !deptId) return fail(c, 400, ...errors);
    const number = String(state.data.nextTicketNumber++);
    state.data.tickets.push({
      number,
      clientId: client.id,
      deptId,
      date: timestamp(),
      subject,
      body: normalizeLineBreaks(body),
      status: "Open",
      clientRead: "1",
      replies: [],
    });
    return c.json({ ticket: Number(number) });
  });

  api.post("/tickets/:number", (c) => {
    const ticket = findTicket(c);
    const client = state.client(c.get("clientId"));
    if (!ticket || !client) return fail(c, 404, "Ticket not found");
    const body = stringParam(c.get("params"), "body")?.trim() ?? "";
    if (!body) return fail(c, 400, "Message is required");
    if (body.length > MAX_BODY) return fail(c, 400, "Message is too long");
    if (ticket.status === "Closed") return fail(c, 400, "Ticket is closed, re-open it to reply");
    ticket.replies.push({
      id: String(state.data.nextReplyId++),
      name: `${client.firstname} ${client.lastname}`,
      date: timestamp(),
      body: normalizeLineBreaks(body),
      status: "Sent",
      type: "Client",
    });
    ticket.status = "Client-Reply";
    return c.json({ info: ["reply_added"] });
  });

  // PUT, as documented; a POST falls through to "Route not found" like any undocumented route.
  api.put("/tickets/:number/open", (c) => {
    const ticket = findTicket(c);
    if (!ticket) return fail(c, 404, "Ticket not found");
    if (ticket.status !== "Closed") return fail(c, 400, "Ticket is not closed");
    ticket.status = "Open";
    return c.json({ status: true });
  });
  api.put("/tickets/:number/close", (c) => {
    const ticket = findTicket(c);
    if (!ticket) return fail(c, 404, "Ticket not found");
    if (ticket.status === "Closed") return fail(c, 400, "Ticket is already closed");
    ticket.status = "Closed";
    return c.json({ status: true });
  });

  api.get("/ticket/departments", (c) => c.json({ departments: state.data.departments.map((dept) => ({ ...dept })) }));
}

/** HostBill stores message bodies with CRLF line breaks, as its own answers show. */
function normalizeLineBreaks(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}
