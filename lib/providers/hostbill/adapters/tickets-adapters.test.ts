import { describe, expect, it } from "vitest";

import { toThread } from "@/lib/capabilities/tickets/ticket-rules";
import { withReadCache } from "@/lib/providers/core/read-cache/cached-client";
import { ReadCache } from "@/lib/providers/core/read-cache/read-cache";

import { xsserverReadPolicy } from "../xsserver-read-policy";
import { withXsserverSandbox } from "../xsserver-test-kit";
import { hostbillThread } from "./hostbill-ticket-mapping";
import { xsserverTicketsAdapter } from "./xsserver-tickets";

const xsserver = withXsserverSandbox();
const adapter = () => xsserverTicketsAdapter(xsserver.client());

describe("XSServer tickets", () => {
  it("lists the account's tickets with department, status, unread mark and the opening date as last update", async () => {
    const tickets = await adapter().list();
    expect(tickets.map((ticket) => ticket.number).sort()).toEqual(["517990", "518204", "518377"]);
    expect(tickets.find((ticket) => ticket.number === "518204")).toEqual({
      number: "518204",
      subject: "Packet loss on fra-dedi-01 since the night",
      department: "Technical Support",
      status: "Answered",
      lastUpdate: "2025-05-27 09:12:40",
      lastUpdateFrom: "opened",
      unread: true,
    });
  });

  it("reads a thread: staff told from client, CRLF as LF, ordered oldest first", async () => {
    const thread = toThread(await adapter().thread("518204"));
    expect(thread.messages.map((message) => message.id)).toEqual(["ticket-518204", "90211", "90230", "90247"]);
    expect(thread.messages.map((message) => message.from)).toEqual(["client", "staff", "client", "staff"]);
    expect(thread.messages[1]).toMatchObject({ author: "Jonas Weber" });
    expect(thread.messages[1]?.body).toContain("Hello Dana,\nthank you");
    expect(thread.messages.some((message) => message.body.includes("\r"))).toBe(false);
  });

  it("names a staff reply without a name 'Support' and keeps markup as text", () => {
    const thread = hostbillThread({
      ticket: { ticket_number: "7", subject: "S", body: "<b>bold</b>\r\nnext\rlast", date: "2025-01-01 09:00:00", status: "Open" },
      replies: [{ id: "1", date: "2025-01-01 10:00:00", body: "hi", type: "Admin" }],
    });
    expect(thread.opening).toMatchObject({ author: "You", body: "<b>bold</b>\nnext\nlast", from: "client" });
    expect(thread.replies[0]).toMatchObject({ author: "Support", from: "staff" });
    expect(thread.department).toBe("—");
  });

  it("lists departments, opens a ticket, replies with text that stays text, closes and re-opens it", async () => {
    const tickets = adapter();
    const departments = await tickets.departments();
    expect(departments.find((dept) => dept.id === "2")).toMatchObject({ name: "Technical Support" });
    const { ticketNumber } = await tickets.open({ departmentId: "2", subject: "Test", body: "opening" });
    await tickets.reply(ticketNumber, "line one\n<b>not bold</b>");
    let thread = toThread(await tickets.thread(ticketNumber));
    expect(thread.messages.map((message) => message.body)).toEqual(["opening", "line one\n<b>not bold</b>"]);
    expect(thread.status).toBe("Client-Reply");
    await tickets.close(ticketNumber);
    thread = toThread(await tickets.thread(ticketNumber));
    expect(thread.closed).toBe(true);
    await expect(tickets.reply(ticketNumber, "too late")).rejects.toMatchObject({ kind: "invalid-input" });
    await tickets.reopen(ticketNumber);
    expect(toThread(await tickets.thread(ticketNumber)).closed).toBe(false);
  });

  it("another client's ticket is not found", async () => {
    await expect(adapter().thread("518102")).rejects.toMatchObject({ kind: "not-found" });
  });

  it("with the read cache, reading a ticket clears its unread mark on the next list, and a new ticket appears at once", async () => {
    const tickets = xsserverTicketsAdapter(
      withReadCache(xsserver.client(), xsserverReadPolicy, { connectionId: "cached-tickets", version: "1" }, new ReadCache()),
    );
    expect((await tickets.list()).find((ticket) => ticket.number === "518204")?.unread).toBe(true);
    await tickets.thread("518204");
    expect((await tickets.list()).find((ticket) => ticket.number === "518204")?.unread).toBe(false);
    const { ticketNumber } = await tickets.open({ departmentId: "2", subject: "Fresh", body: "x" });
    expect((await tickets.list()).map((ticket) => ticket.number)).toContain(ticketNumber);
  });
});
