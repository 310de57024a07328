import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { InvoiceStateBadge } from "@/components/billing/invoice-state-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { requireTeamContext } from "@/lib/auth/session";
import { formatMoney, invoiceIdSchema } from "@/lib/capabilities/billing/invoice-rules";
import { getInvoice } from "@/lib/capabilities/billing/read-billing";
import { loadForPage } from "@/lib/errors/page-outcome";

export const metadata: Metadata = { title: "Invoice" };

const back = (
  <Link href="/billing" className="inline-flex items-center gap-1 text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
    <ArrowLeft className="h-4 w-4" aria-hidden /> All invoices
  </Link>
);

export default async function InvoicePage({ params }: { params: Promise<{ connectionId: string; invoiceId: string }> }) {
  const { connectionId, invoiceId } = await params;
  const context = await requireTeamContext();
  if (!invoiceIdSchema.safeParse(invoiceId).success) notFound();
  // Decided before anything renders, so an unknown invoice or another team's connection answers 404.
  const loaded = await loadForPage(() => getInvoice(context.team.id, connectionId, invoiceId), "invoice page");
  if (!loaded.ok) {
    return (
      <>
        <div className="mb-4">{back}</div>
        <PageHeader title="Invoice" />
        <ErrorNote>This invoice could not be loaded: {loaded.message}</ErrorNote>
      </>
    );
  }
  const { connection, invoice } = loaded.value;
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  return (
    <>
      <div className="mb-4">{back}</div>
      <PageHeader
        title={`Invoice #${invoice.number}`}
        description={
          <>
            {connection.label} · issued {invoice.date} · due {invoice.dueDate}
            {invoice.datePaid ? ` · paid ${invoice.datePaid.slice(0, 10)}` : ""}
          </>
        }
        actions={<InvoiceStateBadge state={invoice.state} status={invoice.status} />}
      />
      <Card>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Item
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Qty
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Price
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {invoice.items.map((item) => (
                <tr key={item.id} data-testid="invoice-item">
                  <td className="px-4 py-2">
                    <span className="block">{item.description}</span>
                    <span className="text-xs text-slate-500 dark:text-slate-400">
                      {item.type}
                      {item.taxed ? " · taxed" : " · not taxed"}
                    </span>
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{item.quantity}</td>
                  <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums">{money(item.amount)}</td>
                  <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums">{money(item.lineTotal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="ml-auto max-w-sm space-y-1 border-t border-slate-200 p-4 text-sm dark:border-slate-800" data-testid="invoice-totals">
          <div className="flex justify-between gap-4">
            <dt className="text-slate-600 dark:text-slate-400">Subtotal</dt>
            <dd className="tabular-nums">{money(invoice.subtotal)}</dd>
          </div>
          {invoice.taxes.length === 0 ? (
            <div className="flex justify-between gap-4">
              <dt className="text-slate-600 dark:text-slate-400">Tax</dt>
              <dd className="tabular-nums">{money(0)}</dd>
            </div>
          ) : (
            invoice.taxes.map((tax) => (
              <div key={tax.label} className="flex justify-between gap-4">
                <dt className="text-slate-600 dark:text-slate-400">
                  {tax.label}
                  {tax.rate !== null ? ` (${tax.rate}%)` : ""}
                </dt>
                <dd className="tabular-nums">{money(tax.amount)}</dd>
              </div>
            ))
          )}
          {invoice.credit ? (
            <div className="flex justify-between gap-4">
              <dt className="text-slate-600 dark:text-slate-400">Credit applied</dt>
              <dd className="tabular-nums">−{money(invoice.credit)}</dd>
            </div>
          ) : null}
          <div className="flex justify-between gap-4 border-t border-slate-200 pt-2 text-base font-semibold dark:border-slate-800">
            <dt>Total</dt>
            <dd className="tabular-nums">{money(invoice.total)}</dd>
          </div>
        </dl>
      </Card>
      {invoice.notes ? (
        <Card className="mt-4 p-4">
          <h2 className="text-sm font-semibold text-slate-600 dark:text-slate-300">Notes</h2>
          <p className="mt-1 whitespace-pre-line text-sm">{invoice.notes}</p>
        </Card>
      ) : null}
    </>
  );
}
