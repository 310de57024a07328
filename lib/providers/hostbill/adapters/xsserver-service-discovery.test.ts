import { describe, expect, it } from "vitest";

import type { XsserverInvoice } from "@/lib/providers/hostbill/xsserver-schemas";

import { cycleOf, discoverServices, nextDueAfter, splitPeriod, xsserverRow } from "./xsserver-service-discovery";

function invoice(
  id: string,
  date: string,
  status: string,
  currency: string,
  items: { type: string; item_id: string; description: string; amount: number }[],
): XsserverInvoice {
  return {
    id,
    status,
    date,
    duedate: date,
    subtotal: 0,
    tax: 0,
    total: 0,
    currency,
    items: items.map((item, index) => ({ id: `${id}-${index}`, ...item })),
  } as XsserverInvoice;
}

describe("invoice line periods", () => {
  it("splits day-first periods off the description", () => {
    expect(splitPeriod("VPS L (4 vCPU, 8 GB) (01/06/2025 - 30/06/2025)")).toEqual({ name: "VPS L (4 vCPU, 8 GB)", start: "2025-06-01", end: "2025-06-30" });
    expect(splitPeriod("Dedicated Server XS-E2236 (32 GB)")).toEqual({ name: "Dedicated Server XS-E2236 (32 GB)", start: null, end: null });
  });

  it("infers the cycle from the period length", () => {
    expect(cycleOf("2025-06-01", "2025-06-30")).toBe("Monthly");
    expect(cycleOf("2025-02-01", "2025-02-28")).toBe("Monthly");
    expect(cycleOf("2025-01-01", "2025-03-31")).toBe("Quarterly");
    expect(cycleOf("2025-01-01", "2025-12-31")).toBe("Annually");
    expect(cycleOf("2025-01-01", "2025-01-10")).toBeNull();
    expect(cycleOf(null, "2025-01-10")).toBeNull();
  });

  it("puts the next due date the day after the period", () => {
    expect(nextDueAfter("2025-06-30")).toBe("2025-07-01");
    expect(nextDueAfter("2024-12-31")).toBe("2025-01-01");
    expect(nextDueAfter(null)).toBeNull();
  });
});

describe("discoverServices", () => {
  const invoices = [
    invoice("1", "2025-03-01", "Paid", "EUR", [
      { type: "Hosting", item_id: "10451", description: "Dedi 64 (01/03/2025 - 31/03/2025)", amount: 69 },
      { type: "Addon", item_id: "10451", description: "Additional IPv4 /29", amount: 6 },
    ]),
    invoice("2", "2025-06-01", "Unpaid", "EUR", [
      { type: "Hosting", item_id: "10451", description: "Dedi 64 (01/06/2025 - 30/06/2025)", amount: 72 },
      { type: "Hosting", item_id: "10588", description: "VPS L (01/06/2025 - 30/06/2025)", amount: 14.9 },
    ]),
    invoice("3", "2025-06-01", "Unpaid", "USD", [{ type: "Hosting", item_id: "10452", description: "Dedi 128 (01/06/2025 - 30/06/2025)", amount: 149 }]),
    invoice("4", "2025-07-01", "Cancelled", "EUR", [{ type: "Hosting", item_id: "10451", description: "Dedi 64 (01/07/2025 - 31/07/2025)", amount: 99 }]),
    invoice("5", "2025-05-01", "Paid", "EUR", [
      { type: "Other", item_id: "-2", description: "PayPal Payment Fee", amount: 4.62 },
      { type: "Hosting", item_id: "0", description: "Remote hands", amount: 25 },
    ]),
  ];

  it("keeps the latest hosting line per service, ignores cancelled invoices, fees and addons", () => {
    const found = discoverServices(invoices);
    expect(found.map((service) => service.id)).toEqual(["10451", "10452", "10588"]);
    const dedi = found[0]!;
    expect(dedi).toMatchObject({ product: "Dedi 64", price: 72, currency: "EUR", invoiceId: "2", billingCycle: "Monthly", nextDue: "2025-07-01" });
    expect(found[1]).toMatchObject({ currency: "USD", price: 149 });
  });

  it("is independent of invoice order", () => {
    expect(discoverServices([...invoices].reverse())).toEqual(discoverServices(invoices));
  });

  it("maps to a row marked inferred, without status, label or domain", () => {
    const service = discoverServices(invoices)[0]!;
    const row = xsserverRow(service, { connectionId: "c2", connectionLabel: "XS", providerLabel: "XSServer", currency: null });
    expect(row).toMatchObject({
      key: "c2:10451",
      provider: "xsserver",
      status: "Not reported",
      label: null,
      domain: null,
      inferred: true,
      currency: "EUR",
      price: 72,
    });
  });
});
