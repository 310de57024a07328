import { describe, expect, it } from "vitest";

import { invoiceState, todayYmd, toInvoiceRow, totalsByCurrency } from "@/lib/capabilities/billing/invoice-rules";
import type { ConnectionRef } from "@/lib/providers/core/types";

import { withTime4vpsSandbox } from "../time4vps-test-kit";
import { withXsserverSandbox } from "../xsserver-test-kit";
import { time4vpsBillingAdapter } from "./time4vps-billing";
import { xsserverBillingAdapter } from "./xsserver-billing";

/** XSServer's seed has fixed 2025 dates; Time4VPS's are relative to the real today. */
const TODAY = "2026-11-24";
const time4vps = withTime4vpsSandbox();
const xsserver = withXsserverSandbox();
const connection = (label: string): ConnectionRef => ({ id: label.toLowerCase(), label, kind: label.toLowerCase(), kindLabel: label, isSandbox: true });

describe("Time4VPS billing", () => {
  const adapter = () => time4vpsBillingAdapter(time4vps.client());

  it("reads the balance in the account currency and every invoice with its number, dates and total", async () => {
    const [balance, invoices] = await Promise.all([adapter().balance(), adapter().invoices()]);
    expect(balance).toEqual({ currency: "EUR", outstanding: 17.06, credit: 5 });
    expect(invoices).toHaveLength(6);
    const unpaid = invoices.find((invoice) => invoice.number === "2024/0977");
    expect(unpaid).toMatchObject({ id: "308977", status: "Unpaid", currency: "EUR", total: 12.09 });
    expect(unpaid?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = invoices.map((invoice) => toInvoiceRow(connection("Time4VPS"), invoice, todayYmd()));
    expect(rows.map((row) => row.state).sort()).toEqual(["cancelled", "paid", "paid", "paid", "unpaid", "unpaid"]);
    expect(rows[0]).toMatchObject({ connectionId: "time4vps", connectionLabel: "Time4VPS" });
  });

  it("reads an invoice's items, taxes, credit and totals", async () => {
    const detail = await adapter().invoice("308980");
    expect(detail.items.map((item) => [item.description.split(" - ")[0], item.lineTotal, item.taxed])).toEqual([
      ["Linux 8", 172.69, true],
      ["Promotion code SPRING10", -10, true],
    ]);
    expect(detail.taxes).toEqual([{ label: "Tax", rate: 21, amount: 34.16 }]);
    expect(detail).toMatchObject({ subtotal: 162.69, credit: 10, total: 186.85, status: "Paid" });
    expect(detail.datePaid).not.toBeNull();
  });

  it("says an unknown invoice is not found", async () => {
    await expect(adapter().invoice("1")).rejects.toMatchObject({ kind: "not-found" });
  });

  it("lists payment methods with their fees", async () => {
    const methods = await adapter().paymentMethods!();
    expect(methods).toContainEqual({ id: "5", name: "PayPal", fixedFee: 0.3, percentFee: 2.9 });
  });
});

describe("XSServer billing", () => {
  const adapter = () => xsserverBillingAdapter(xsserver.client());

  it("reads invoices in EUR and USD; the 2025 unpaid ones are overdue by the test's today", async () => {
    const [balance, invoices] = await Promise.all([adapter().balance(), adapter().invoices()]);
    expect(balance.credit).toBe(12.5);
    expect(invoices.map((invoice) => invoice.number).sort()).toEqual(["2025/02/201", "2025/03/118", "2025/04/064", "2025/06/017", "2025/06/018"]);
    const overdue = invoices.map((invoice) => toInvoiceRow(connection("XSServer"), invoice, TODAY)).filter((row) => row.state === "overdue");
    expect(overdue.map((row) => row.number).sort()).toEqual(["2025/06/017", "2025/06/018"]);
    expect(totalsByCurrency(overdue).map((total) => total.currency)).toEqual(["EUR", "USD"]);
  });

  it("reads an unpaid invoice without a paid date, every line taxed", async () => {
    const detail = await adapter().invoice("310322");
    expect(detail.datePaid).toBeNull();
    expect(invoiceState(detail.status, detail.dueDate, TODAY)).toBe("overdue");
    expect(detail.items).toHaveLength(3);
    expect(detail.items.every((item) => item.taxed)).toBe(true);
    expect(detail.taxes[0]?.rate).toBe(19);
  });

  it("offers no payment methods, and another client's invoice (309500) is not found", async () => {
    expect(adapter().paymentMethods).toBeUndefined();
    await expect(adapter().invoice("309500")).rejects.toMatchObject({ kind: "not-found" });
  });
});
