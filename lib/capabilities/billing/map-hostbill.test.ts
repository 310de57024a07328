import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import { createTransport } from "../../providers/core/http";
import { withTime4vpsSandbox } from "../../providers/hostbill/time4vps-test-kit";
import { createXsserverClient } from "../../providers/hostbill/xsserver-client";
import { todayYmd, totalsByCurrency } from "./invoice-rules";
import { loadConnectionBilling, mapInvoiceDetail, mapPaymentFees } from "./map-hostbill";

/** XSServer's seed has fixed 2025 dates; Time4VPS's are relative to the real today. */
const TODAY = "2026-11-24";
const time4vps = withTime4vpsSandbox();

let xs: RunningXsserverSandbox;
beforeAll(async () => {
  xs = await startXsserverSandbox();
});
afterAll(async () => {
  await xs.close();
});
beforeEach(() => xs.reset());

function xsClient() {
  const connectionId = `billing-test-xs-${Math.random()}`;
  return createXsserverClient({
    connectionId,
    baseUrl: xs.baseUrl,
    credentials: { username: "demo@example.com", password: "demo-pass", authMode: "token" },
    transport: createTransport({ connectionId, baseUrl: xs.baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 5_000 }),
  });
}

describe("Time4VPS billing through the sandbox", () => {
  it("maps balance and invoices, with the connection named on every row", async () => {
    const billing = await loadConnectionBilling(time4vps.client(), { id: "t", label: "Time4VPS" }, todayYmd());
    expect(billing.balance.currency).toBe("EUR");
    expect(billing.balance.outstanding).toBeGreaterThan(0);
    expect(billing.invoices).toHaveLength(6);
    const unpaid = billing.invoices.find((row) => row.number === "2024/0977");
    expect(unpaid).toMatchObject({ connectionId: "t", connectionLabel: "Time4VPS", id: "308977", status: "Unpaid", currency: "EUR" });
    expect(unpaid?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(billing.invoices.map((row) => row.state).sort()).toEqual(["cancelled", "paid", "paid", "paid", "unpaid", "unpaid"]);
  });

  it("maps an invoice's items, taxes, credit and totals", async () => {
    const detail = mapInvoiceDetail(await time4vps.client().getInvoice({ id: "308980" }), todayYmd());
    expect(detail.items.map((item) => [item.description.split(" - ")[0], item.lineTotal])).toEqual([
      ["Linux 8", 172.69],
      ["Promotion code SPRING10", -10],
    ]);
    expect(detail.taxes).toEqual([{ label: "Tax", rate: 21, amount: 34.16 }]);
    expect(detail).toMatchObject({ subtotal: 162.69, credit: 10, total: 186.85, state: "paid" });
    expect(detail.datePaid).not.toBeNull();
  });

  it("maps payment methods with their fees", async () => {
    const methods = mapPaymentFees(await time4vps.client().listPaymentFees());
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      expect(method.id).toMatch(/^\d+$/);
      expect(typeof method.fixedFee).toBe("number");
      expect(typeof method.percentFee).toBe("number");
    }
  });
});

describe("XSServer billing through the sandbox", () => {
  it("maps invoices in EUR and USD; the 2025 unpaid ones are overdue by the test's today", async () => {
    const billing = await loadConnectionBilling(xsClient(), { id: "x", label: "XSServer" }, TODAY);
    expect(billing.invoices.map((row) => row.number).sort()).toEqual(["2025/02/201", "2025/03/118", "2025/04/064", "2025/06/017", "2025/06/018"]);
    const open = billing.invoices.filter((row) => row.state === "overdue");
    expect(open.map((row) => row.number).sort()).toEqual(["2025/06/017", "2025/06/018"]);
    const totals = totalsByCurrency(open);
    expect(totals.map((total) => total.currency)).toEqual(["EUR", "USD"]);
    expect(billing.balance.credit).toBe(12.5);
  });

  it("marks an unpaid invoice without a paid date", async () => {
    const detail = mapInvoiceDetail(await xsClient().getInvoice({ invoiceId: "310322" }), TODAY);
    expect(detail.datePaid).toBeNull();
    expect(detail.items).toHaveLength(3);
    expect(detail.items.every((item) => item.taxed)).toBe(true);
    expect(detail.taxes[0]?.rate).toBe(19);
  });
});
