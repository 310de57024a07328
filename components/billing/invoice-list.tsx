"use client";

import { ArrowDownWideNarrow, ArrowUpNarrowWide, Download, Search } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/states";
import { formatMoney, invoiceQuerySchema, queryInvoices, totalsByCurrency, type InvoiceQuery } from "@/lib/capabilities/billing/invoice-rules";
import type { InvoiceRow } from "@/lib/capabilities/billing/types";

import { InvoiceStateBadge } from "./invoice-state-badge";

const statusOptions = [
  { value: "all", label: "All statuses" },
  { value: "open", label: "Unpaid and overdue" },
  { value: "overdue", label: "Overdue" },
  { value: "unpaid", label: "Unpaid (not yet due)" },
  { value: "paid", label: "Paid" },
  { value: "cancelled", label: "Cancelled" },
];
const sortOptions = [
  { value: "attention", label: "Needs attention first" },
  { value: "date", label: "Invoice date" },
  { value: "due", label: "Due date" },
  { value: "total", label: "Total" },
  { value: "number", label: "Number" },
];

const invoiceHref = (row: InvoiceRow) => `/billing/${row.connectionId}/${encodeURIComponent(row.id)}`;

/**
 * Every invoice of every billing connection: filter, search, sort, totals per currency and a CSV of what is shown.
 * `waiting` names the connections whose invoices are still on their way.
 */
export function InvoiceList({
  rows,
  connections,
  waiting,
}: {
  rows: InvoiceRow[];
  connections: { id: string; label: string }[];
  waiting: readonly { id: string; label: string }[];
}) {
  const [query, setQuery] = useState<InvoiceQuery>(() => invoiceQuerySchema.parse({}));
  const set = <K extends keyof InvoiceQuery>(key: K, value: InvoiceQuery[K]) => setQuery((current) => ({ ...current, [key]: value }));
  const shown = useMemo(() => queryInvoices(rows, query), [rows, query]);
  const totals = useMemo(() => totalsByCurrency(shown), [shown]);
  const currencies = useMemo(() => [...new Set(rows.map((row) => row.currency))].sort(), [rows]);
  const exportHref = useMemo(() => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
    return `/api/billing/export?${params.toString()}`;
  }, [query]);

  return (
    <section aria-labelledby="invoices-heading" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="invoices-heading" className="text-sm font-semibold text-slate-600 dark:text-slate-300">
          Invoices
        </h2>
        <a
          href={exportHref}
          download
          className="inline-flex h-8 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          <Download className="h-4 w-4" aria-hidden /> Export CSV
        </a>
      </div>

      <Card className="grid gap-3 p-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1.4fr)_repeat(3,minmax(0,1fr))_minmax(0,1.5fr)]">
        <div className="relative sm:col-span-2 lg:col-span-1">
          <TextField label="Search" type="search" placeholder="Number, status, amount…" value={query.q} onChange={(event) => set("q", event.target.value)} />
          <Search className="pointer-events-none absolute right-3 top-9 h-4 w-4 text-slate-400" aria-hidden />
        </div>
        <SelectField
          label="Status"
          options={statusOptions}
          value={query.status}
          onChange={(event) => set("status", event.target.value as InvoiceQuery["status"])}
        />
        <SelectField
          label="Currency"
          options={[{ value: "", label: "All currencies" }, ...currencies.map((currency) => ({ value: currency, label: currency }))]}
          value={query.currency}
          onChange={(event) => set("currency", event.target.value)}
        />
        <SelectField
          label="Connection"
          options={[{ value: "", label: "All connections" }, ...connections.map((connection) => ({ value: connection.id, label: connection.label }))]}
          value={query.connection}
          onChange={(event) => set("connection", event.target.value)}
        />
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <SelectField
              label="Sort by"
              options={sortOptions}
              value={query.sort}
              onChange={(event) => set("sort", event.target.value as InvoiceQuery["sort"])}
            />
          </div>
          <Button
            variant="secondary"
            size="icon"
            disabled={query.sort === "attention"}
            aria-label={query.dir === "asc" ? "Ascending; switch to descending" : "Descending; switch to ascending"}
            onClick={() => set("dir", query.dir === "asc" ? "desc" : "asc")}
          >
            {query.dir === "asc" ? <ArrowUpNarrowWide className="h-4 w-4" aria-hidden /> : <ArrowDownWideNarrow className="h-4 w-4" aria-hidden />}
          </Button>
        </div>
      </Card>

      <div aria-live="polite" className="flex flex-wrap gap-2" data-testid="currency-totals">
        {totals.map((total) => (
          <Card key={total.currency} className="min-w-[10rem] flex-1 p-3 sm:flex-none" data-testid={`currency-total-${total.currency}`}>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {total.currency} · {total.count} {total.count === 1 ? "invoice" : "invoices"}
            </p>
            <p className="mt-1 text-sm">
              Total{" "}
              <strong className="tabular-nums" data-testid="total">
                {formatMoney(total.total, total.currency)}
              </strong>
            </p>
            <p className="text-sm">
              Outstanding{" "}
              <strong className="tabular-nums text-amber-700 dark:text-amber-300" data-testid="outstanding">
                {formatMoney(total.outstanding, total.currency)}
              </strong>
            </p>
            {total.overdue > 0 ? (
              <p className="text-sm">
                Overdue <strong className="tabular-nums text-red-700 dark:text-red-400">{formatMoney(total.overdue, total.currency)}</strong>
              </p>
            ) : null}
          </Card>
        ))}
      </div>

      {waiting.length > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          Waiting for {waiting.map((connection) => connection.label).join(", ")}…
        </p>
      ) : null}
      {rows.length === 0 ? (
        waiting.length > 0 ? null : (
          <EmptyState title="No invoices yet">The billing accounts of this team have no invoices.</EmptyState>
        )
      ) : shown.length === 0 ? (
        <EmptyState
          title="No invoice matches"
          action={
            <Button variant="secondary" onClick={() => setQuery(invoiceQuerySchema.parse({}))}>
              Clear filters
            </Button>
          }
        >
          Change the search or the filters to see more.
        </EmptyState>
      ) : (
        <>
          {/* Phones: stacked cards. */}
          <ul className="space-y-2 sm:hidden" aria-label="Invoices">
            {shown.map((row) => (
              <li key={`${row.connectionId}:${row.id}`} data-testid="invoice-row">
                <Link href={invoiceHref(row)} className="block">
                  <Card className="p-3 hover:border-brand-500">
                    <div className="flex items-center justify-between gap-2">
                      <span className="font-medium">#{row.number}</span>
                      <InvoiceStateBadge state={row.state} status={row.status} />
                    </div>
                    <div className="mt-1 flex items-center justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
                      <span className="truncate">{row.connectionLabel}</span>
                      <span className="font-semibold tabular-nums text-slate-900 dark:text-slate-100">{formatMoney(row.total, row.currency)}</span>
                    </div>
                    <p className="mt-1 text-xs text-slate-500">
                      Issued {row.date} · due {row.dueDate}
                    </p>
                  </Card>
                </Link>
              </li>
            ))}
          </ul>
          {/* Wider screens: a table. */}
          <Card className="hidden overflow-x-auto sm:block">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Number
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Connection
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Date
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Due
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Total
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {shown.map((row) => (
                  <tr key={`${row.connectionId}:${row.id}`} data-testid="invoice-row" className="hover:bg-slate-50 dark:hover:bg-slate-800/50">
                    <td className="px-4 py-2 font-medium">
                      <Link href={invoiceHref(row)} className="text-brand-600 hover:underline dark:text-brand-100">
                        #{row.number}
                      </Link>
                    </td>
                    <td className="max-w-[14rem] truncate px-4 py-2">{row.connectionLabel}</td>
                    <td className="whitespace-nowrap px-4 py-2 tabular-nums">{row.date}</td>
                    <td className="whitespace-nowrap px-4 py-2 tabular-nums">{row.dueDate}</td>
                    <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums">{formatMoney(row.total, row.currency)}</td>
                    <td className="px-4 py-2">
                      <InvoiceStateBadge state={row.state} status={row.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </>
      )}
    </section>
  );
}
