import { describe, expect, it } from "vitest";

import { daysBetween, dueWithin } from "./due-soon";
import { summarizeUnpaid, waitingTickets } from "./summaries";

const connection = { id: "c", label: "Time4VPS" };
const TODAY = "2026-03-10";

const service = (id: string, product: string, status: string, nextDue: string | null, inferred = false) => ({
  id,
  product,
  domain: null,
  status,
  nextDue,
  inferred,
});

describe("dueWithin", () => {
  it("lists live services due in the window, soonest first, and skips ended ones and those far away", () => {
    const items = dueWithin(
      connection,
      [
        service("1", "Linux 4", "Active", "2026-03-15"),
        service("2", "Linux 8", "Active", "2026-09-01"),
        service("3", "Old", "Terminated", "2026-03-12"),
        service("4", "DNS", "Active", "2026-03-12"),
        service("5", "No date", "Active", null),
        service("6", "Late", "Active", "2026-03-01"),
      ],
      [],
      TODAY,
    );
    expect(items.map((item) => [item.name, item.daysLeft])).toEqual([
      ["Late", -9],
      ["DNS", 2],
      ["Linux 4", 5],
    ]);
  });

  it("lists an inferred due date ahead, never one that has passed (a missing newer invoice proves nothing)", () => {
    const items = dueWithin(
      connection,
      [service("7", "Dedicated", "Not reported", "2026-03-20", true), service("8", "Old dedicated", "Not reported", "2026-03-01", true)],
      [],
      TODAY,
    );
    expect(items).toEqual([expect.objectContaining({ id: "7", daysLeft: 10, inferred: true })]);
  });

  it("lists a certificate once, by the earlier of expiry and renewal, and not again as a service", () => {
    const certificate = { id: "9", name: "SSL", domain: null, status: "Active", nextDue: "2026-04-05", expires: "2026-03-20" };
    const items = dueWithin(connection, [service("9", "SSL", "Active", "2026-04-05")], [certificate], TODAY);
    expect(items).toEqual([expect.objectContaining({ kind: "ssl", id: "9", dueDate: "2026-03-20", daysLeft: 10, what: "expiry" })]);
  });

  it("counts whole days in UTC", () => {
    expect(daysBetween("2026-03-10", "2026-03-10 23:59:59")).toBe(0);
    expect(daysBetween("2026-03-10", "2026-04-09")).toBe(30);
  });
});

describe("overview summaries", () => {
  const ref = { id: "c", label: "L", kind: "xsserver" as const, kindLabel: "XSServer", isSandbox: true };
  const invoice = (id: string, state: "overdue" | "unpaid" | "paid", currency: string, total: number, dueDate: string) => ({
    connectionId: "c",
    connectionLabel: "L",
    id,
    number: id,
    date: "2026-01-01",
    dueDate,
    total,
    currency,
    status: state === "paid" ? "Paid" : "Unpaid",
    state,
  });

  it("counts unpaid and overdue, totals them per currency and ignores failed connections", () => {
    const summary = summarizeUnpaid([
      {
        connection: ref,
        ok: true,
        ms: 1,
        value: {
          balance: { currency: "EUR", outstanding: 0, credit: 0 },
          invoices: [
            invoice("a", "unpaid", "EUR", 10, "2026-03-20"),
            invoice("b", "overdue", "EUR", 5.5, "2026-03-01"),
            invoice("c", "paid", "EUR", 99, "2026-01-01"),
            invoice("d", "overdue", "USD", 1, "2026-02-01"),
          ],
        },
      },
      { connection: { ...ref, id: "broken" }, ok: false, ms: 1, error: { kind: "upstream-down", message: "down" } },
    ]);
    expect(summary).toMatchObject({ unpaid: 3, overdue: 2 });
    expect(summary.totals.map((total) => [total.currency, total.outstanding])).toEqual([
      ["EUR", 15.5],
      ["USD", 1],
    ]);
    expect(summary.urgent.map((row) => row.id)).toEqual(["d", "b", "a"]);
  });

  it("keeps only tickets waiting for the team", () => {
    const row = (number: string, waitingForTeam: boolean) => ({
      connectionId: "c",
      connectionLabel: "L",
      number,
      subject: "s",
      department: "d",
      status: "Open",
      lastUpdate: number,
      lastUpdateFrom: "opened" as const,
      unread: false,
      closed: false,
      waitingForTeam,
    });
    expect(waitingTickets([{ connection: ref, ok: true, ms: 1, value: [row("1", true), row("2", false), row("3", true)] }]).map((r) => r.number)).toEqual([
      "3",
      "1",
    ]);
  });
});
