import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import { createTransport } from "../core/http";
import { providerFailure } from "../core/testing/expect-provider-error";
import { createXsserverClient, type XsserverClient, type XsserverCredentials } from "./xsserver-client";

let running: RunningXsserverSandbox;
let counter = 0;

beforeAll(async () => {
  running = await startXsserverSandbox();
});
afterAll(async () => {
  await running.close();
});
beforeEach(() => running.reset());

function client(credentials: Partial<XsserverCredentials> = {}): XsserverClient {
  counter += 1;
  const connectionId = `xsserver-contract-${counter}`;
  return createXsserverClient({
    connectionId,
    baseUrl: running.baseUrl,
    credentials: { username: "demo@example.com", password: "demo-pass", authMode: "token", ...credentials },
    transport: createTransport({ connectionId, baseUrl: running.baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 5_000 }),
  });
}

/** Input errors are raised before any request: the sandbox would have answered differently. */
async function inputFailure(promise: Promise<unknown>, field: string) {
  const error = await providerFailure(promise);
  expect(error.kind).toBe("invalid-input");
  expect(error.field).toBe(field);
  expect(error.status).toBeUndefined();
}

describe("XSServer billing", () => {
  it("Account balance: unpaid invoices (EUR and USD) totalled in the account currency, plus credit", async () => {
    const balance = await client().getBalance();
    // 106.98 EUR + 177.31 USD / 1.08
    expect(balance).toMatchObject({ currency: "EUR", acc_balance: 271.16, acc_credit: 12.5 });
  });

  it("Account balance: works the same with HTTP Basic", async () => {
    await expect(client({ authMode: "basic" }).getBalance()).resolves.toMatchObject({ currency: "EUR", acc_balance: 271.16 });
  });

  it("List Invoices: paid, unpaid and cancelled invoices in EUR and USD, newest first, amounts as numbers", async () => {
    const invoices = await client().listInvoices();
    expect(invoices.map((invoice) => invoice.id)).toEqual(["310323", "310322", "309871", "309410", "309022"]);
    expect(new Set(invoices.map((invoice) => invoice.status))).toEqual(new Set(["Paid", "Unpaid", "Cancelled"]));
    expect(new Set(invoices.map((invoice) => invoice.currency))).toEqual(new Set(["EUR", "USD"]));
    expect(invoices[1]).toMatchObject({ number: "2025/06/017", total: 106.98, datepaid: "0000-00-00 00:00:00", merge_id: null });
  });

  it("Invoice Details: line items, tax and totals", async () => {
    const invoice = await client().getInvoice({ invoiceId: 310322 });
    expect(invoice).toMatchObject({ id: "310322", status: "Unpaid", currency: "EUR", subtotal: 89.9, tax: 17.08, taxrate: 19, total: 106.98 });
    expect(invoice.items.map((item) => item.linetotal)).toEqual([69, 6, 14.9]);
    expect(invoice.items[0]).toMatchObject({ invoice_id: "310322", taxed: true, qty: 1 });
    expect(invoice.client).toMatchObject({ id: "1847", email: "demo@example.com" });
  });

  it("Invoice Details: accepts the id as a numeric string", async () => {
    await expect(client().getInvoice({ invoiceId: "309871" })).resolves.toMatchObject({ currency: "USD", total: 182.81 });
  });

  it("Invoice Details: an unknown invoice or another client's invoice is not-found", async () => {
    for (const invoiceId of [999999, 309500]) {
      const error = await providerFailure(client().getInvoice({ invoiceId }));
      expect(error.kind).toBe("not-found");
      expect(error.providerMessage).toBe("Invoice not found");
    }
  });

  it("Invoice Details: a non-numeric id is refused before any call", async () => {
    await inputFailure(client().getInvoice({ invoiceId: "../details" }), "invoiceId");
  });
});

describe("XSServer support", () => {
  it("List Tickets: open, answered and closed tickets with department names, newest first", async () => {
    const tickets = await client().listTickets();
    expect(tickets.map((ticket) => [ticket.ticket_number, ticket.status, ticket.deptname])).toEqual([
      ["518377", "Open", "Billing"],
      ["518204", "Answered", "Technical Support"],
      ["517990", "Closed", "Sales"],
    ]);
    expect(tickets[1]?.client_read).toBe(false);
  });

  it("Ticket details: staff and client replies in order, CRLF line breaks kept; reading marks it read", async () => {
    const xs = client();
    const { ticket, replies } = await xs.getTicket({ ticketNumber: 518204 });
    expect(ticket).toMatchObject({ ticket_number: "518204", status: "Answered", email: "demo@example.com", name: "Dana Kramer" });
    expect(ticket.body).toContain("\r\n\r\nmtr from our office");
    expect(replies.map((reply) => [reply.id, reply.type])).toEqual([
      ["90211", "Admin"],
      ["90230", "Client"],
      ["90247", "Admin"],
    ]);
    expect(replies[0]?.body.split("\r\n").length).toBeGreaterThan(3);
    const after = await xs.listTickets();
    expect(after.find((item) => item.ticket_number === "518204")?.client_read).toBe(true);
  });

  it("Ticket details: an unknown ticket and another client's ticket are not-found", async () => {
    for (const ticketNumber of [123456, 518102]) {
      const error = await providerFailure(client().getTicket({ ticketNumber }));
      expect(error.kind).toBe("not-found");
    }
  });

  it("Create Ticket: opens a ticket that shows in the list and in its details", async () => {
    const xs = client();
    const { ticketNumber } = await xs.createTicket({ deptId: 2, subject: "PDU outlet 14 flapping", body: "Hello,\nthe outlet switched off twice.\n\nThanks" });
    expect(ticketNumber).toMatch(/^\d{6}$/);
    const list = await xs.listTickets();
    expect(list[0]).toMatchObject({ ticket_number: ticketNumber, status: "Open", deptname: "Technical Support" });
    const { ticket, replies } = await xs.getTicket({ ticketNumber });
    expect(ticket.body).toBe("Hello,\r\nthe outlet switched off twice.\r\n\r\nThanks");
    expect(replies).toEqual([]);
  });

  it("Create Ticket: an unknown department is refused by the provider", async () => {
    const error = await providerFailure(client().createTicket({ deptId: 99, subject: "Hi", body: "Text" }));
    expect(error.kind).toBe("invalid-input");
    expect(error.status).toBe(400);
    expect(error.providerMessage).toBe("Invalid department");
  });

  it("Create Ticket: an empty subject or body is refused before any call", async () => {
    await inputFailure(client().createTicket({ deptId: 1, subject: "   ", body: "Text" }), "subject");
    await inputFailure(client().createTicket({ deptId: 1, subject: "Hi", body: "" }), "body");
    await inputFailure(client().createTicket({ deptId: 0, subject: "Hi", body: "Text" }), "deptId");
  });

  it("Create Reply: adds the client's reply last and sets the ticket to Client-Reply", async () => {
    const xs = client();
    const result = await xs.replyToTicket({ ticketNumber: 518204, body: "Still fine today.\nThanks!" });
    expect(result.info).toEqual(["reply_added"]);
    const { ticket, replies } = await xs.getTicket({ ticketNumber: 518204 });
    expect(ticket.status).toBe("Client-Reply");
    expect(replies.at(-1)).toMatchObject({ type: "Client", name: "Dana Kramer", body: "Still fine today.\r\nThanks!" });
    expect(replies).toHaveLength(4);
  });

  it("Create Reply: a closed ticket refuses replies, an unknown one is not-found", async () => {
    const closed = await providerFailure(client().replyToTicket({ ticketNumber: 517990, body: "One more thing" }));
    expect(closed.kind).toBe("invalid-input");
    expect(closed.providerMessage).toContain("closed");
    expect((await providerFailure(client().replyToTicket({ ticketNumber: 100000, body: "x" }))).kind).toBe("not-found");
    await inputFailure(client().replyToTicket({ ticketNumber: 518204, body: " " }), "body");
  });

  it("Re-open ticket: re-opens a closed ticket", async () => {
    const xs = client();
    await expect(xs.reopenTicket({ ticketNumber: 517990 })).resolves.toEqual({ status: true });
    expect((await xs.getTicket({ ticketNumber: 517990 })).ticket.status).toBe("Open");
  });

  it("Re-open ticket: a ticket that is not closed is refused, an unknown one is not-found", async () => {
    const open = await providerFailure(client().reopenTicket({ ticketNumber: 518377 }));
    expect(open.kind).toBe("invalid-input");
    expect(open.providerMessage).toBe("Ticket is not closed");
    expect((await providerFailure(client().reopenTicket({ ticketNumber: 100000 }))).kind).toBe("not-found");
  });

  it("Close ticket: closes an open ticket; closing it again is refused", async () => {
    const xs = client();
    await expect(xs.closeTicket({ ticketNumber: 518377 })).resolves.toEqual({ status: true });
    expect((await xs.listTickets()).find((ticket) => ticket.ticket_number === "518377")?.status).toBe("Closed");
    const again = await providerFailure(xs.closeTicket({ ticketNumber: 518377 }));
    expect(again.kind).toBe("invalid-input");
    expect(again.providerMessage).toBe("Ticket is already closed");
  });

  it("Close ticket: an unknown ticket is not-found and a bad number is refused before any call", async () => {
    expect((await providerFailure(client().closeTicket({ ticketNumber: 100000 }))).kind).toBe("not-found");
    await inputFailure(client().closeTicket({ ticketNumber: -5 }), "ticketNumber");
  });

  it("List ticket departments: ids and names", async () => {
    const departments = await client().listTicketDepartments();
    expect(departments.map((dept) => [dept.id, dept.name])).toEqual([
      ["1", "Billing"],
      ["2", "Technical Support"],
      ["3", "Abuse"],
      ["4", "Sales"],
    ]);
  });
});

describe("XSServer services", () => {
  it("IP Addresses: IPv4 and IPv6 assignments of a dedicated server, main address flagged", async () => {
    const ips = await client().listServiceIps({ serviceId: 10451 });
    expect(ips).toHaveLength(5);
    expect(ips[0]).toMatchObject({ ipaddress: "203.0.113.10", type: "IPv4", main: true, gateway: "203.0.113.9" });
    expect(ips.find((ip) => ip.type === "IPv6")).toMatchObject({ ipaddress: "2001:db8:4a1:10::", netmask: "64" });
  });

  it("IP Addresses: another client's service is not-found; a bad id is refused before any call", async () => {
    const error = await providerFailure(client().listServiceIps({ serviceId: 10460 }));
    expect(error.kind).toBe("not-found");
    expect(error.providerMessage).toBe("Service not found");
    await inputFailure(client().listServiceIps({ serviceId: "10451/../../details" }), "serviceId");
  });

  it("Reverse DNS: one entry per IPv4 address (empty when unset) and the IPv6 PTRs", async () => {
    const rdns = await client().getReverseDns({ serviceId: 10451 });
    expect(rdns).toEqual([
      { ipaddress: "203.0.113.10", hostname: "fra-dedi-01.demo.example.com" },
      { ipaddress: "203.0.113.11", hostname: "mail.demo.example.com" },
      { ipaddress: "203.0.113.12", hostname: "" },
      { ipaddress: "203.0.113.13", hostname: "" },
      { ipaddress: "2001:db8:4a1:10::2", hostname: "fra-dedi-01.demo.example.com" },
    ]);
  });

  it("Reverse DNS: an unknown service is not-found", async () => {
    expect((await providerFailure(client().getReverseDns({ serviceId: 99999 }))).kind).toBe("not-found");
  });

  it("Update rDNS: sets, changes and removes PTR records, visible on the next read", async () => {
    const xs = client();
    const result = await xs.updateReverseDns({
      serviceId: 10451,
      entries: { "203.0.113.12": "web.demo.example.com", "203.0.113.11": "", "2001:db8:4a1:10::25": "mx6.demo.example.com" },
    });
    expect(result.info).toEqual(["rdns_updated"]);
    const rdns = await xs.getReverseDns({ serviceId: 10451 });
    expect(rdns).toContainEqual({ ipaddress: "203.0.113.12", hostname: "web.demo.example.com" });
    expect(rdns).toContainEqual({ ipaddress: "203.0.113.11", hostname: "" });
    expect(rdns).toContainEqual({ ipaddress: "2001:db8:4a1:10::25", hostname: "mx6.demo.example.com" });
  });

  it("Update rDNS: an address outside the service is refused and nothing changes", async () => {
    const xs = client();
    const error = await providerFailure(
      xs.updateReverseDns({ serviceId: 10451, entries: { "203.0.113.12": "ok.demo.example.com", "203.0.113.40": "steal.example.com" } }),
    );
    expect(error.kind).toBe("invalid-input");
    expect(error.providerMessage).toBe("IP address 203.0.113.40 is not assigned to this service");
    expect(await xs.getReverseDns({ serviceId: 10451 })).toContainEqual({ ipaddress: "203.0.113.12", hostname: "" });
  });

  it("Update rDNS: a bad hostname or IP is refused before any call, naming the entry", async () => {
    await inputFailure(client().updateReverseDns({ serviceId: 10451, entries: { "203.0.113.12": "not a host" } }), "entries.203.0.113.12");
    await inputFailure(client().updateReverseDns({ serviceId: 10451, entries: { "300.1.1.1": "a.example.com" } }), "entries.300.1.1.1");
    await inputFailure(client().updateReverseDns({ serviceId: 10451, entries: {} }), "entries");
  });

  it("PDU ports: outlets with their power state; a VPS has none", async () => {
    const xs = client();
    const ports = await xs.listPduPorts({ serviceId: 10452 });
    expect(ports.map((port) => [port.id, port.power])).toEqual([
      ["21", true],
      ["22", false],
    ]);
    expect(ports[0]).toMatchObject({ name: "fra-dedi-02 PSU A", pdu: "fra1-r09-pdu-a", outlet: "5" });
    await expect(xs.listPduPorts({ serviceId: 10588 })).resolves.toEqual([]);
  });

  it("PDU ports: another client's service is not-found", async () => {
    expect((await providerFailure(client().listPduPorts({ serviceId: 10460 }))).kind).toBe("not-found");
  });

  it("PDU Port state: reads one outlet", async () => {
    await expect(client().getPduPortState({ serviceId: 10451, portId: 14 })).resolves.toMatchObject({ id: "14", power: true });
  });

  it("PDU Port state: a port of another service is not-found", async () => {
    const error = await providerFailure(client().getPduPortState({ serviceId: 10451, portId: 21 }));
    expect(error.kind).toBe("not-found");
    expect(error.providerMessage).toBe("PDU port not found");
  });

  it("Set PDU port status: switches an outlet off and on, visible on the next read", async () => {
    const xs = client();
    const off = await xs.setPduPortPower({ serviceId: 10452, portId: 21, power: false });
    expect(off.port?.power).toBe(false);
    expect((await xs.getPduPortState({ serviceId: 10452, portId: 21 })).power).toBe(false);
    await xs.setPduPortPower({ serviceId: 10452, portId: 22, power: true });
    expect((await xs.listPduPorts({ serviceId: 10452 })).map((port) => port.power)).toEqual([false, true]);
  });

  it("Set PDU port status: an unknown port is not-found; a non-boolean power is refused before any call", async () => {
    expect((await providerFailure(client().setPduPortPower({ serviceId: 10452, portId: 99, power: true }))).kind).toBe("not-found");
    // @ts-expect-error the string "false" is exactly the ambiguity the boolean type prevents
    await inputFailure(client().setPduPortPower({ serviceId: 10452, portId: 21, power: "false" }), "power");
  });
});
