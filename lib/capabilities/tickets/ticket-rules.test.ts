import { describe, expect, it } from "vitest";

import { createTicketSchema, isWaitingForTeam, normalizeLineBreaks, replyTicketSchema, sortTickets, toThread, toTicketRow } from "./ticket-rules";
import type { ProviderTicket, ThreadMessage } from "./types";

const message = (id: string, date: string, from: ThreadMessage["from"] = "staff"): ThreadMessage => ({ id, author: "A", date, body: id, from });

describe("toThread", () => {
  const opening = message("opening", "2025-01-01 09:00:00", "client");
  const detail = { number: "7", subject: "S", department: "Billing", status: "Answered", opening };

  it("starts with the opening message and orders replies oldest first, whatever order the provider sent", () => {
    const thread = toThread({
      ...detail,
      replies: [message("third", "2025-01-01 11:00:00"), message("second", "2025-01-01 10:00:00"), message("fourth", "2025-01-01 12:00:00", "client")],
    });
    expect(thread.messages.map((item) => item.id)).toEqual(["opening", "second", "third", "fourth"]);
    expect(thread.closed).toBe(false);
  });

  it("keeps the provider's order for replies with the same timestamp", () => {
    const thread = toThread({ ...detail, replies: [message("a", "2025-01-01 10:00:00"), message("b", "2025-01-01 10:00:00")] });
    expect(thread.messages.slice(1).map((item) => item.id)).toEqual(["a", "b"]);
  });

  it("knows a closed ticket", () => {
    expect(toThread({ ...detail, status: "Closed", replies: [] }).closed).toBe(true);
  });
});

describe("ticket rows", () => {
  const connection = { id: "c", label: "XSServer" };
  const ticket = (partial: Partial<ProviderTicket>): ProviderTicket => ({
    number: "1",
    subject: "s",
    department: "d",
    status: "Open",
    lastUpdate: "2025-01-01",
    lastUpdateFrom: "opened",
    unread: false,
    ...partial,
  });

  it("mark unread staff answers and what waits for the team", () => {
    expect(toTicketRow(connection, ticket({ status: "Answered", unread: true }))).toMatchObject({
      connectionId: "c",
      connectionLabel: "XSServer",
      waitingForTeam: true,
      closed: false,
    });
    expect(toTicketRow(connection, ticket({ status: "Answered" })).waitingForTeam).toBe(true);
    expect(toTicketRow(connection, ticket({ status: "Open" })).waitingForTeam).toBe(false);
    expect(isWaitingForTeam("Open", true)).toBe(true);
    expect(isWaitingForTeam("Closed", true)).toBe(false);
  });

  it("sort waiting first, closed last, newest first within each", () => {
    const rows = [
      toTicketRow(connection, ticket({ number: "1", status: "Closed", lastUpdate: "2025-05-01" })),
      toTicketRow(connection, ticket({ number: "2", status: "Open", lastUpdate: "2025-04-01" })),
      toTicketRow(connection, ticket({ number: "3", status: "Answered", lastUpdate: "2025-03-01" })),
      toTicketRow(connection, ticket({ number: "4", status: "Open", lastUpdate: "2025-06-01" })),
    ];
    expect(sortTickets(rows).map((row) => row.number)).toEqual(["3", "4", "2", "1"]);
  });
});

describe("text and form schemas", () => {
  it("turns CRLF and lone CR into LF and leaves markup as text", () => {
    expect(normalizeLineBreaks("<b>bold</b>\r\nnext\rlast")).toBe("<b>bold</b>\nnext\nlast");
  });

  it("refuses an empty reply, a bad ticket number and a missing department", () => {
    const connectionId = "3f2b8c1e-8a8e-4d7e-9f51-5a1c2b3d4e5f";
    expect(replyTicketSchema.safeParse({ connectionId, ticketNumber: "518204", body: "   " }).success).toBe(false);
    expect(replyTicketSchema.safeParse({ connectionId, ticketNumber: "../1", body: "x" }).success).toBe(false);
    expect(createTicketSchema.safeParse({ connectionId, deptId: "", subject: "s", body: "b" }).success).toBe(false);
    expect(createTicketSchema.safeParse({ connectionId, deptId: "2", subject: "s", body: "b" }).success).toBe(true);
    expect(createTicketSchema.safeParse({ connectionId: "not-a-connection", deptId: "2", subject: "s", body: "b" }).success).toBe(false);
  });
});
