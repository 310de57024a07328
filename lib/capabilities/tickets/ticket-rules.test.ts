import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import { createTransport } from "../../providers/core/http";
import { createXsserverClient } from "../../providers/hostbill/xsserver-client";
import { buildThread, createTicketSchema, isWaitingForTeam, mapTicketSummary, replyTicketSchema, sortTickets } from "./ticket-rules";

describe("buildThread", () => {
  const ticket = { ticket_number: "7", subject: "S", body: "first\r\nline two", date: "2025-01-01 09:00:00", status: "Answered", name: "Dana", deptname: "Billing" };

  it("starts with the opening message and orders replies oldest first, whatever order the provider sent", () => {
    const thread = buildThread({
      ticket,
      replies: [
        { id: "12", name: "Jonas", date: "2025-01-01 11:00:00", body: "third", type: "Admin" },
        { id: "10", name: "Jonas", date: "2025-01-01 10:00:00", body: "second", type: "Admin" },
        { id: "13", name: "Dana", date: "2025-01-01 12:00:00", body: "fourth", type: "Client" },
      ],
    });
    expect(thread.messages.map((message) => message.body)).toEqual(["first\nline two", "second", "third", "fourth"]);
    expect(thread.messages.map((message) => message.from)).toEqual(["client", "staff", "staff", "client"]);
  });

  it("keeps the provider's order for replies with the same timestamp", () => {
    const thread = buildThread({
      ticket,
      replies: [
        { id: "21", date: "2025-01-01 10:00:00", body: "a", type: "Client" },
        { id: "20", date: "2025-01-01 10:00:00", body: "b", type: "Admin" },
      ],
    });
    expect(thread.messages.slice(1).map((message) => message.body)).toEqual(["a", "b"]);
    expect(thread.messages[2]?.author).toBe("Support");
  });

  it("turns CRLF and lone CR into LF and leaves markup as text", () => {
    const thread = buildThread({ ticket: { ...ticket, body: "<b>bold</b>\r\nnext\rlast" }, replies: [] });
    expect(thread.messages[0]?.body).toBe("<b>bold</b>\nnext\nlast");
  });
});

describe("ticket summaries", () => {
  const connection = { id: "c", label: "XSServer" };

  it("marks unread staff answers and what waits for the team", () => {
    expect(mapTicketSummary(connection, { ticket_number: "1", subject: "s", status: "Answered", date: "d", client_read: false })).toMatchObject({
      unread: true,
      waitingForTeam: true,
      closed: false,
    });
    expect(isWaitingForTeam("Open", false)).toBe(false);
    expect(isWaitingForTeam("Closed", true)).toBe(false);
    expect(mapTicketSummary(connection, { ticket_number: "2", subject: "s", status: "Open", date: "d", lastreply: "2025-02-02 10:00:00" })).toMatchObject({
      lastUpdate: "2025-02-02 10:00:00",
      lastUpdateFrom: "reply",
    });
    expect(mapTicketSummary(connection, { ticket_number: "3", subject: "s", status: "Open", date: "2025-01-01 08:00:00" })).toMatchObject({
      lastUpdate: "2025-01-01 08:00:00",
      lastUpdateFrom: "opened",
    });
  });

  it("sorts waiting first, closed last, newest first within each", () => {
    const rows = [
      mapTicketSummary(connection, { ticket_number: "1", subject: "s", status: "Closed", date: "2025-05-01" }),
      mapTicketSummary(connection, { ticket_number: "2", subject: "s", status: "Open", date: "2025-04-01" }),
      mapTicketSummary(connection, { ticket_number: "3", subject: "s", status: "Answered", date: "2025-03-01" }),
      mapTicketSummary(connection, { ticket_number: "4", subject: "s", status: "Open", date: "2025-06-01" }),
    ];
    expect(sortTickets(rows).map((row) => row.number)).toEqual(["3", "4", "2", "1"]);
  });
});

describe("form schemas", () => {
  it("refuses an empty reply, a bad ticket number and a missing department", () => {
    const connectionId = "3f2b8c1e-8a8e-4d7e-9f51-5a1c2b3d4e5f";
    expect(replyTicketSchema.safeParse({ connectionId, ticketNumber: "518204", body: "   " }).success).toBe(false);
    expect(replyTicketSchema.safeParse({ connectionId, ticketNumber: "../1", body: "x" }).success).toBe(false);
    expect(createTicketSchema.safeParse({ connectionId, deptId: "", subject: "s", body: "b" }).success).toBe(false);
    expect(createTicketSchema.safeParse({ connectionId, deptId: "2", subject: "s", body: "b" }).success).toBe(true);
  });
});

describe("a thread read back from the XSServer sandbox", () => {
  let xs: RunningXsserverSandbox;
  beforeAll(async () => {
    xs = await startXsserverSandbox();
  });
  afterAll(async () => {
    await xs.close();
  });
  beforeEach(() => xs.reset());

  const client = () => {
    const connectionId = `tickets-test-${Math.random()}`;
    return createXsserverClient({
      connectionId,
      baseUrl: xs.baseUrl,
      credentials: { username: "demo@example.com", password: "demo-pass", authMode: "basic" },
      transport: createTransport({ connectionId, baseUrl: xs.baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 5_000 }),
    });
  };

  it("orders the seeded ticket's replies and tells staff from client", async () => {
    const thread = buildThread(await client().getTicket({ ticketNumber: "518204" }));
    expect(thread.messages.map((message) => message.id)).toEqual(["ticket-518204", "90211", "90230", "90247"]);
    expect(thread.messages.map((message) => message.from)).toEqual(["client", "staff", "client", "staff"]);
    expect(thread.messages[1]?.body).toContain("Hello Dana,\nthank you");
    expect(thread.messages[1]?.body).not.toContain("\r");
  });

  it("keeps a reply's line break and markup as text, last in the thread", async () => {
    const xsClient = client();
    const { ticketNumber } = await xsClient.createTicket({ deptId: 2, subject: "Test", body: "opening" });
    await xsClient.replyToTicket({ ticketNumber, body: "line one\n<b>not bold</b>" });
    const thread = buildThread(await xsClient.getTicket({ ticketNumber }));
    expect(thread.messages.map((message) => message.body)).toEqual(["opening", "line one\n<b>not bold</b>"]);
    expect(thread.status).toBe("Client-Reply");
  });
});
