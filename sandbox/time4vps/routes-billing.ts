import type { Hono } from "hono";

import { invoiceTotals, unpaidBalance } from "./billing";
import { paymentMethods } from "./catalog";
import { notFound, type ApiEnv } from "./http";
import type { Invoice, Time4vpsData } from "./state";
import type { Time4vpsStore } from "./store";

function invoiceSummary(invoice: Invoice) {
  return {
    id: invoice.id,
    date: invoice.date,
    dateorig: invoice.date,
    duedate: invoice.duedate,
    paybefore: invoice.duedate,
    total: invoiceTotals(invoice).total.toFixed(2),
    datepaid: invoice.datepaid,
    status: invoice.status,
    merge_id: null,
    number: invoice.number,
    currency: invoice.currency,
  };
}

function invoiceDetails(data: Time4vpsData, invoice: Invoice) {
  const totals = invoiceTotals(invoice);
  const { client } = data;
  return {
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
    taxexempt: invoice.taxrate === 0 ? "1" : "0",
    total: totals.total,
    rate: 1,
    rate2: 0,
    rate3: 1,
    notes: invoice.notes,
    items: invoice.items.map((item) => ({
      ...item,
      invoice_id: invoice.id,
      linetotal: (Number(item.amount) * Number(item.qty)).toFixed(2),
    })),
    client: {
      id: client.id,
      email: client.email,
      firstname: client.firstname,
      lastname: client.lastname,
      companyname: client.companyname,
      address1: client.address1,
      address2: client.address2,
      city: client.city,
      state: client.state,
      postcode: client.postcode,
      country: client.country,
      phonenumber: client.phonenumber,
    },
    number: invoice.number,
    currency: invoice.currency,
  };
}

export function mountBillingRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  api.get("/balance", (c) => {
    const data = store.data;
    return c.json({
      success: true,
      details: { currency: data.client.currency, acc_balance: unpaidBalance(data).toFixed(2), acc_credit: data.credit.toFixed(2) },
    });
  });

  api.get("/invoice", (c) => c.json({ invoices: [...store.data.invoices].sort((a, b) => b.date.localeCompare(a.date)).map(invoiceSummary) }));

  api.get("/invoice/:id", (c) => {
    const data = store.data;
    const invoice = data.invoices.find((item) => item.id === c.req.param("id"));
    return invoice ? c.json({ invoice: invoiceDetails(data, invoice) }) : notFound(c, "invoice");
  });

  api.get("/payment", (c) => c.json({ payments: Object.fromEntries(paymentMethods.map((method) => [String(method.id), method.gateway])) }));

  api.get("/payment/fees", (c) =>
    c.json({
      payments: paymentMethods.map(({ id, name, fixed_fee, percent_fee }) => ({ id, name, fixed_fee, percent_fee })),
    }),
  );
}
