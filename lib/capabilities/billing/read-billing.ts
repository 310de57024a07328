import "server-only";

import { toFailureSummary } from "../../errors/app-error";
import type { ConnectionRef } from "../../providers/core/types";
import { readAcross, readAll, withAdapter, type PerConnectionResult, type StartedRead } from "../core/connections";
import type { BillingAdapter } from "./adapter";
import { todayYmd, toInvoiceRow, withInvoiceState } from "./invoice-rules";
import type { BillingView, ConnectionBilling, InvoiceDetail, InvoiceRow } from "./types";

/** Balance and invoices of one account, read in parallel. */
async function connectionBilling(adapter: BillingAdapter, connection: ConnectionRef, today: string): Promise<ConnectionBilling> {
  const [balance, invoices] = await Promise.all([adapter.balance(), adapter.invoices()]);
  return { balance, invoices: invoices.map((invoice) => toInvoiceRow(connection, invoice, today)) };
}

/** The Billing page's part of one account; payment methods that cannot be read leave the invoices standing. */
async function billingView(adapter: BillingAdapter, connection: ConnectionRef): Promise<BillingView> {
  const paymentMethods = adapter.paymentMethods?.().then(
    (methods) => ({ methods, error: null }),
    (error: unknown) => ({ methods: [], error: toFailureSummary(error, `payment methods of ${connection.kindLabel}`).message }),
  );
  const [billing, payment] = await Promise.all([connectionBilling(adapter, connection, todayYmd()), paymentMethods]);
  return { ...billing, paymentMethods: payment?.methods ?? null, paymentMethodsError: payment?.error ?? null };
}

/** Every billing connection's balance, invoices and payment methods, started at once; the page streams each. */
export function startBillingLists(teamId: string): Promise<StartedRead<BillingView>[]> {
  return readAcross(teamId, "billing", billingView);
}

/** One connection's part of the Billing page (its refresh). */
export function readConnectionBilling(teamId: string, connectionId: string): Promise<BillingView> {
  return withAdapter(teamId, connectionId, "billing", billingView);
}

/** Balance and invoices of every billing connection, all settled (the CSV export, the overview). */
export function listTeamBilling(teamId: string): Promise<PerConnectionResult<ConnectionBilling>[]> {
  const today = todayYmd();
  return readAll(teamId, "billing", (adapter, connection) => connectionBilling(adapter, connection, today));
}

/** All invoices of the connections that answered, in one list. */
export function allInvoices(results: readonly PerConnectionResult<ConnectionBilling>[]): InvoiceRow[] {
  return results.flatMap((result) => (result.ok ? result.value.invoices : []));
}

export interface InvoiceWithConnection {
  connection: ConnectionRef;
  invoice: InvoiceDetail;
}

/** One invoice of one of the team's connections (another team's connection, or an unknown invoice, is not found). */
export function getInvoice(teamId: string, connectionId: string, invoiceId: string): Promise<InvoiceWithConnection> {
  return withAdapter(teamId, connectionId, "billing", async (adapter, connection) => ({
    connection,
    invoice: withInvoiceState(await adapter.invoice(invoiceId), todayYmd()),
  }));
}
