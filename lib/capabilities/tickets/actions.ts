"use server";

import { teamAction } from "@/lib/actions/define-action";

import { createTicket, replyToTicket, setTicketClosed } from "./change-ticket";
import { createTicketSchema, replyTicketSchema, ticketRefSchema } from "./ticket-rules";

export const createTicketAction = teamAction({
  name: "tickets.create",
  permission: "resources:change",
  input: createTicketSchema,
  async run(input, { team, audit }) {
    audit.target = `new ticket in department ${input.deptId}`;
    const { connection, ticketNumber } = await createTicket(team.id, {
      connectionId: input.connectionId,
      departmentId: input.deptId,
      subject: input.subject,
      body: input.body,
    });
    audit.connection = connection;
    audit.target = `ticket ${ticketNumber}`;
    return { ticketNumber, connectionId: connection.id };
  },
});

export const replyTicketAction = teamAction({
  name: "tickets.reply",
  permission: "resources:change",
  input: replyTicketSchema,
  async run(input, { team, audit }) {
    audit.target = `ticket ${input.ticketNumber}`;
    const { connection, ticketNumber } = await replyToTicket(team.id, input);
    audit.connection = connection;
    return { ticketNumber };
  },
});

export const closeTicketAction = teamAction({
  name: "tickets.close",
  permission: "resources:change",
  input: ticketRefSchema,
  async run(input, { team, audit }) {
    audit.target = `ticket ${input.ticketNumber}`;
    const { connection, ticketNumber, closed } = await setTicketClosed(team.id, input, true);
    audit.connection = connection;
    return { ticketNumber, closed };
  },
});

export const reopenTicketAction = teamAction({
  name: "tickets.reopen",
  permission: "resources:change",
  input: ticketRefSchema,
  async run(input, { team, audit }) {
    audit.target = `ticket ${input.ticketNumber}`;
    const { connection, ticketNumber, closed } = await setTicketClosed(team.id, input, false);
    audit.connection = connection;
    return { ticketNumber, closed };
  },
});
