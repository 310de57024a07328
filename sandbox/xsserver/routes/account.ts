import type { Hono } from "hono";

import type { XsserverEnv } from "../env";
import { fail } from "../request";
import type { ClientRecord } from "../seed";
import type { XsserverState } from "../state";
import { invoiceTotals, money } from "./invoice-totals";

/** The client fields HostBill shows in /details and inside an invoice, in the document's order. */
export function publicClient(client: ClientRecord, withLogin: boolean) {
  return {
    id: client.id,
    email: client.email,
    ...(withLogin ? { lastlogin: client.lastlogin, ip: client.ip, host: client.host } : {}),
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
  };
}

/** GET /details and GET /balance. */
export function mountAccountRoutes(api: Hono<XsserverEnv>, state: XsserverState): void {
  api.get("/details", (c) => {
    const client = state.client(c.get("clientId"));
    if (!client) return fail(c, 401, "wronglogin");
    return c.json({ client: publicClient(client, true) });
  });

  // "Account balance (unpaid invoices total), account credit", in the account currency.
  api.get("/balance", (c) => {
    const client = state.client(c.get("clientId"));
    if (!client) return fail(c, 401, "wronglogin");
    const unpaid = state.data.invoices.filter((invoice) => invoice.clientId === client.id && invoice.status === "Unpaid");
    const balance = unpaid.reduce((sum, invoice) => sum + invoiceTotals(invoice).total / invoice.rate, 0);
    return c.json({
      success: true,
      details: { currency: client.currency, acc_balance: money(balance), acc_credit: client.credit },
    });
  });
}
