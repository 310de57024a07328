"use server";

import { teamAction } from "@/lib/actions/define-action";
import { createTicket } from "@/lib/capabilities/tickets/create-ticket";
import { replyToTicket } from "@/lib/capabilities/tickets/reply-to-ticket";
import { setTicketClosed } from "@/lib/capabilities/tickets/set-ticket-closed";
import { createTicketSchema, replyTicketSchema, ticketRefSchema } from "@/lib/capabilities/tickets/ticket-rules";

export const createTicketAction = teamAction({
  name: "tickets.create",
  permission: "resources:change",
  input: createTicketSchema,
  async run(input, ctx) {
    ctx.audit.target = `new ticket in department ${input.deptId}`;
    const { ticketNumber } = await createTicket(ctx.team.id, input, ctx.audit);
    ctx.audit.target = `ticket ${ticketNumber}`;
    return { ticketNumber, connectionId: input.connectionId };
  },
});

export const replyTicketAction = teamAction({
  name: "tickets.reply",
  permission: "resources:change",
  input: replyTicketSchema,
  async run(input, ctx) {
    ctx.audit.target = `ticket ${input.ticketNumber}`;
    return replyToTicket(ctx.team.id, input, ctx.audit);
  },
});

export const closeTicketAction = teamAction({
  name: "tickets.close",
  permission: "resources:change",
  input: ticketRefSchema,
  async run(input, ctx) {
    ctx.audit.target = `ticket ${input.ticketNumber}`;
    return setTicketClosed(ctx.team.id, input, true, ctx.audit);
  },
});

export const reopenTicketAction = teamAction({
  name: "tickets.reopen",
  permission: "resources:change",
  input: ticketRefSchema,
  async run(input, ctx) {
    ctx.audit.target = `ticket ${input.ticketNumber}`;
    return setTicketClosed(ctx.team.id, input, false, ctx.audit);
  },
});
