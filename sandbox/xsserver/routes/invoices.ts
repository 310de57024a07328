import type { Hono } from "hono";

import type { XsserverEnv } from "../env";
import { fail, numericId } from "../request";
import type { XsserverState } from "../state";
import { publicClient } from "./account";
import { invoiceTotals, lineTotal, money } from "./invoice-totals";

/** GET /invoice and GET /invoice/@id. Invoices are read-only through the client API. */
export function mountInvoiceRoutes(api: Hono<XsserverEnv>, state: XsserverState): void {
  api.get("/invoice", (c) => {
    const clientId = c.get("clientId");
    const invoices = state.data.invoices
      .filter((invoice) => invoice.clientId === clientId)
      .sort((a, b) => b.date.localeCompare(a.date) || Number(b.id) - Number(a.id))
      .map((invoice) => ({
        id: invoice.id,
        date: invoice.date,
        dateorig: invoice.date,
        duedate: invoice.duedate,
        paybefore: invoice.duedate,
        total: money(invoiceTotals(invoice).total),
        datepaid: invoice.datepaid,
        status: invoice.status,
        merge_id: null,
        number: invoice.number,
        currency: invoice.currency,
      }));
    return c.json({ invoices });
  });

  api.get("/invoice/:id", (c) => {
    const id = numericId(c.req.param("id"));
    const clientId = c.get("clientId");
    const invoice = state.data.invoices.find((candidate) => candidate.id === id && candidate.clientId === clientId);
    const client = state.client(clientId);
    if (!invoice || !client) return fail(c, 404, "Invoice not found");
    const totals = invoiceTotals(invoice);
    return c.json({
      invoice: {
        id: invoice.id,
        status: invoice.status,
        date: invoice.date,
        duedate: invoice.duedate,
        paybefore: invoice.duedate,
        datepaid: invoice.datepaid,
        subtotal: totals.subtotal,
        credit: invoice.credit,
        tax: totals.tax,
        taxrate: invoice.taxrate,
        tax2: 0,
        taxrate2: 0,
        taxexempt: "0",
        total: totals.total,
        rate: invoice.rate,
        rate2: 0,
        rate3: 1,
        notes: invoice.notes,
        items: invoice.items.map((item) => ({
          id: item.id,
          invoice_id: invoice.id,
          type: item.type,
          item_id: item.item_id,
          description: item.description,
          amount: item.amount,
          taxed: item.taxed,
          qty: item.qty,
          linetotal: money(lineTotal(item)),
        })),
        client: publicClient(client, false),
        number: invoice.number,
        currency: invoice.currency,
      },
    });
  });
}
