import { describe, expect, it } from "vitest";

import { filterInvoices, invoiceQuerySchema, invoiceState, queryInvoices, sortInvoices, totalsByCurrency } from "./invoice-rules";
import type { InvoiceRow } from "./types";

const TODAY = "2026-03-10";

function row(partial: Partial<InvoiceRow> & Pick<InvoiceRow, "id">): InvoiceRow {
  const status = partial.status ?? "Paid";
  const dueDate = partial.dueDate ?? "2026-01-08";
  return {
    connectionId: "c1",
    connectionLabel: "Time4VPS",
    number: partial.id,
    date: "2026-01-01",
    dueDate,
    total: 10,
    currency: "EUR",
    status,
    state: invoiceState(status, dueDate, TODAY),
    ...partial,
  };
}

describe("invoiceState", () => {
  it("is overdue only when unpaid and the due date has passed (the due day itself is not overdue)", () => {
    expect(invoiceState("Unpaid", "2026-03-09", TODAY)).toBe("overdue");
    expect(invoiceState("Unpaid", "2026-03-10", TODAY)).toBe("unpaid");
    expect(invoiceState("Unpaid", "2026-03-11 00:00:00", TODAY)).toBe("unpaid");
    expect(invoiceState("Paid", "2020-01-01", TODAY)).toBe("paid");
    expect(invoiceState("Cancelled", "2020-01-01", TODAY)).toBe("cancelled");
    expect(invoiceState("Refunded", "2020-01-01", TODAY)).toBe("other");
  });
});

describe("sortInvoices", () => {
  const rows = [
    row({ id: "paid-new", status: "Paid", date: "2026-03-01" }),
    row({ id: "unpaid-later", status: "Unpaid", dueDate: "2026-03-30" }),
    row({ id: "cancelled", status: "Cancelled", date: "2026-03-05" }),
    row({ id: "overdue-recent", status: "Unpaid", dueDate: "2026-03-01" }),
    row({ id: "unpaid-soon", status: "Unpaid", dueDate: "2026-03-12" }),
    row({ id: "overdue-old", status: "Unpaid", dueDate: "2026-01-15" }),
    row({ id: "paid-old", status: "Paid", date: "2025-12-01" }),
  ];

  it("puts overdue first (oldest due first), then unpaid (soonest due first), then the rest newest first, cancelled last", () => {
    expect(sortInvoices(rows).map((r) => r.id)).toEqual(["overdue-old", "overdue-recent", "unpaid-soon", "unpaid-later", "paid-new", "paid-old", "cancelled"]);
  });

  it("sorts by one column in either direction", () => {
    const totals = [row({ id: "a", total: 5 }), row({ id: "b", total: 50 }), row({ id: "c", total: 0.5 })];
    expect(sortInvoices(totals, "total", "desc").map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(sortInvoices(totals, "total", "asc").map((r) => r.id)).toEqual(["c", "a", "b"]);
    const numbers = [row({ id: "1", number: "2024/10" }), row({ id: "2", number: "2024/9" })];
    expect(sortInvoices(numbers, "number", "asc").map((r) => r.number)).toEqual(["2024/9", "2024/10"]);
  });

  it("does not reorder the list it was given", () => {
    const copy = [...rows];
    sortInvoices(rows);
    expect(rows).toEqual(copy);
  });
});

describe("filterInvoices", () => {
  const rows = [
    row({ id: "1", number: "2025/06/017", status: "Unpaid", dueDate: "2026-01-01", currency: "EUR" }),
    row({ id: "2", number: "2024/0979", status: "Unpaid", dueDate: "2026-04-01", currency: "USD", connectionId: "c2", connectionLabel: "XSServer" }),
    row({ id: "3", number: "2024/0976", status: "Paid", currency: "EUR", total: 12.34 }),
  ];
  const base = invoiceQuerySchema.parse({});

  it("filters by state, currency, connection and search text", () => {
    expect(filterInvoices(rows, { ...base, status: "open" }).map((r) => r.id)).toEqual(["1", "2"]);
    expect(filterInvoices(rows, { ...base, status: "overdue" }).map((r) => r.id)).toEqual(["1"]);
    expect(filterInvoices(rows, { ...base, status: "unpaid" }).map((r) => r.id)).toEqual(["2"]);
    expect(filterInvoices(rows, { ...base, currency: "EUR" }).map((r) => r.id)).toEqual(["1", "3"]);
    expect(filterInvoices(rows, { ...base, connection: "c2" }).map((r) => r.id)).toEqual(["2"]);
    expect(filterInvoices(rows, { ...base, q: "xsserv" }).map((r) => r.id)).toEqual(["2"]);
    expect(filterInvoices(rows, { ...base, q: "12.34" }).map((r) => r.id)).toEqual(["3"]);
    expect(filterInvoices(rows, { ...base, q: "06/017" }).map((r) => r.id)).toEqual(["1"]);
  });

  it("reads unknown query values as the defaults (a hand-edited export link cannot break the list)", () => {
    const query = invoiceQuerySchema.parse({ status: "bogus", sort: "nope", dir: "up" });
    expect(query).toMatchObject({ status: "all", sort: "attention", dir: "desc" });
    expect(queryInvoices(rows, query)).toHaveLength(3);
  });
});

describe("totalsByCurrency", () => {
  it("sums per currency without float drift, leaves cancelled out of the total and splits outstanding and overdue", () => {
    const rows = [
      row({ id: "1", currency: "EUR", total: 0.1, status: "Paid" }),
      row({ id: "2", currency: "EUR", total: 0.2, status: "Unpaid", dueDate: "2026-04-01" }),
      row({ id: "3", currency: "EUR", total: 100, status: "Cancelled" }),
      row({ id: "4", currency: "USD", total: 5.4, status: "Unpaid", dueDate: "2026-01-01" }),
      row({ id: "5", currency: "USD", total: 29.9, status: "Paid" }),
    ];
    expect(totalsByCurrency(rows)).toEqual([
      { currency: "EUR", count: 3, total: 0.3, outstanding: 0.2, overdue: 0 },
      { currency: "USD", count: 2, total: 35.3, outstanding: 5.4, overdue: 5.4 },
    ]);
  });

  it("is empty for no invoices", () => {
    expect(totalsByCurrency([])).toEqual([]);
  });
});
