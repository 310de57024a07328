import { describe, expect, it } from "vitest";

import { applyListView, daysUntil, dueState, matchesFilter, parseDay, sortRows, statusOptions, statusTone } from "./list-view";
import type { ServiceRow } from "./types";

const now = new Date("2025-06-10T15:00:00Z");

function row(overrides: Partial<ServiceRow>): ServiceRow {
  const id = overrides.id ?? "1";
  return {
    key: `c1:${id}`,
    connectionId: "c1",
    connectionLabel: "Time4VPS (sandbox)",
    provider: "time4vps",
    providerLabel: "Time4VPS",
    id,
    label: null,
    domain: null,
    product: "Linux 4",
    category: null,
    status: "Active",
    statusTone: "good",
    billingCycle: "Monthly",
    price: 7.99,
    currency: "EUR",
    nextDue: null,
    inferred: false,
    ...overrides,
  };
}

describe("due dates", () => {
  it("counts whole UTC days and ignores HostBill's zero date", () => {
    expect(daysUntil("2025-06-10", now)).toBe(0);
    expect(daysUntil("2025-06-17", now)).toBe(7);
    expect(daysUntil("2025-06-09 23:59:59", now)).toBe(-1);
    expect(daysUntil("0000-00-00", now)).toBeNull();
    expect(parseDay("not a date")).toBeNull();
  });

  it("flags live services due within 7 days (inclusive) and overdue ones, never closed ones", () => {
    expect(dueState(row({ nextDue: "2025-06-10" }), now)).toBe("soon");
    expect(dueState(row({ nextDue: "2025-06-17" }), now)).toBe("soon");
    expect(dueState(row({ nextDue: "2025-06-18" }), now)).toBeNull();
    expect(dueState(row({ nextDue: "2025-06-01" }), now)).toBe("overdue");
    expect(dueState(row({ nextDue: "2025-06-12", status: "Terminated" }), now)).toBeNull();
    expect(dueState(row({ nextDue: "2025-06-12", status: "cancelled" }), now)).toBeNull();
    expect(dueState(row({ nextDue: null }), now)).toBeNull();
    // Inferred from an old invoice: may be due soon, but "overdue" is not known.
    expect(dueState(row({ nextDue: "2025-06-01", inferred: true }), now)).toBeNull();
    expect(dueState(row({ nextDue: "2025-06-12", inferred: true }), now)).toBe("soon");
  });
});

describe("status tones", () => {
  it("maps HostBill words", () => {
    expect(statusTone("Active")).toBe("good");
    expect(statusTone("Pending")).toBe("warn");
    expect(statusTone("Suspended")).toBe("warn");
    expect(statusTone("Terminated")).toBe("bad");
    expect(statusTone("Not reported")).toBe("neutral");
  });
});

describe("filter and search", () => {
  const rows = [
    row({ id: "1301", label: "Web frontend", domain: "web1.example.eu" }),
    row({ id: "1310", status: "Terminated", domain: "old.example.eu" }),
    row({
      id: "10451",
      provider: "xsserver",
      connectionId: "c2",
      connectionLabel: "XSServer (sandbox)",
      providerLabel: "XSServer",
      product: "Dedicated Server XS-E2236",
      status: "Not reported",
    }),
  ];

  it("filters by provider kind or connection id, and by status (case-insensitive)", () => {
    expect(rows.filter((r) => matchesFilter(r, { provider: "xsserver" })).map((r) => r.id)).toEqual(["10451"]);
    expect(rows.filter((r) => matchesFilter(r, { provider: "c1" })).map((r) => r.id)).toEqual(["1301", "1310"]);
    expect(rows.filter((r) => matchesFilter(r, { status: "terminated" })).map((r) => r.id)).toEqual(["1310"]);
  });

  it("searches every word across label, domain, product, id and connection", () => {
    expect(rows.filter((r) => matchesFilter(r, { search: "web FRONT" })).map((r) => r.id)).toEqual(["1301"]);
    expect(rows.filter((r) => matchesFilter(r, { search: "xsserver e2236" })).map((r) => r.id)).toEqual(["10451"]);
    expect(rows.filter((r) => matchesFilter(r, { search: "1310" })).map((r) => r.id)).toEqual(["1310"]);
    expect(rows.filter((r) => matchesFilter(r, { search: "web nothing" }))).toEqual([]);
    expect(rows.filter((r) => matchesFilter(r, { search: "   " }))).toHaveLength(3);
  });

  it("lists distinct statuses", () => {
    expect(statusOptions(rows)).toEqual(["Active", "Not reported", "Terminated"]);
  });
});

describe("sorting", () => {
  const rows = [
    row({ id: "a", price: 29.07, nextDue: "2025-07-20", label: "beta" }),
    row({ id: "b", price: null, nextDue: null, label: null }),
    row({ id: "c", price: 3.99, nextDue: "2025-06-12", label: "Alpha" }),
    row({ id: "d", price: 172.69, nextDue: "2026-01-01", label: "gamma 10" }),
    row({ id: "e", price: 3.99, nextDue: "2025-06-12", label: "gamma 9" }),
  ];
  const ids = (list: ServiceRow[]) => list.map((r) => r.id);

  it("sorts numbers numerically and keeps empty values last in both directions", () => {
    expect(ids(sortRows(rows, "price", "asc"))).toEqual(["c", "e", "a", "d", "b"]);
    expect(ids(sortRows(rows, "price", "desc"))).toEqual(["d", "a", "c", "e", "b"]);
  });

  it("sorts dates chronologically and is stable for ties", () => {
    expect(ids(sortRows(rows, "nextDue", "asc"))).toEqual(["c", "e", "a", "d", "b"]);
  });

  it("sorts text case-insensitively with numeric awareness", () => {
    expect(ids(sortRows(rows, "label", "asc"))).toEqual(["c", "a", "e", "d", "b"]);
  });

  it("filters then sorts", () => {
    expect(ids(applyListView(rows, { search: "gamma" }, "label", "desc"))).toEqual(["d", "e"]);
  });
});
