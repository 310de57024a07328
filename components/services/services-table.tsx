"use client";

import { ArrowDown, ArrowUp, ChevronRight } from "lucide-react";
import Link from "next/link";

import { Card } from "@/components/ui/card";
import { dueState, type SortDirection, type SortKey } from "@/lib/capabilities/services/list-view";
import type { ServiceRow } from "@/lib/capabilities/services/types";
import type { ConnectionRef } from "@/lib/providers/core/types";
import { cn } from "@/lib/ui/cn";

import { formatDay, formatPrice, serviceHref } from "./format";
import { DueBadge, ServiceStatusBadge } from "./service-status";

const columns: SortKey[] = ["provider", "label", "domain", "product", "status", "billingCycle", "price", "nextDue"];

function rowTone(row: ServiceRow): string {
  const state = dueState(row);
  if (state === "soon") return "bg-amber-50 dark:bg-amber-950/30";
  if (state === "overdue") return "bg-red-50 dark:bg-red-950/30";
  return "";
}

function Inferred({ row }: { row: ServiceRow }) {
  return row.inferred ? (
    <span className="ml-1 text-xs text-slate-500" title="Inferred from the latest invoice line">
      (inferred)
    </span>
  ) : null;
}

function LoadingRows({ connection }: { connection: ConnectionRef }) {
  return (
    <div className="flex items-center gap-3 px-4 py-3" data-testid="services-loading">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-transparent" aria-hidden />
      <span className="text-sm text-slate-500">Loading {connection.label}…</span>
      <span className="ml-auto hidden h-3 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800 sm:block" aria-hidden />
    </div>
  );
}

export function ServicesTable({
  rows,
  loading,
  sortKey,
  direction,
  onSort,
  sortLabels,
}: {
  rows: ServiceRow[];
  loading: ConnectionRef[];
  sortKey: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
  sortLabels: Record<SortKey, string>;
}) {
  if (rows.length === 0 && loading.length === 0) return null;
  return (
    <Card className="overflow-hidden">
      {/* Desktop: a sortable table. */}
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-left text-sm" aria-label="Services">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:bg-slate-900/60">
            <tr>
              {columns.map((key) => (
                <th
                  key={key}
                  scope="col"
                  className="px-3 py-2 font-medium"
                  aria-sort={sortKey === key ? (direction === "asc" ? "ascending" : "descending") : undefined}
                >
                  <button type="button" className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-slate-100" onClick={() => onSort(key)}>
                    {sortLabels[key]}
                    {sortKey === key ? direction === "asc" ? <ArrowUp className="h-3 w-3" aria-hidden /> : <ArrowDown className="h-3 w-3" aria-hidden /> : null}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row) => (
              <tr
                key={row.key}
                className={cn("hover:bg-slate-50 dark:hover:bg-slate-800/50", rowTone(row))}
                data-testid="service-row"
                data-due={dueState(row) ?? undefined}
              >
                <td className="px-3 py-2">
                  <div className="font-medium">{row.providerLabel}</div>
                  <div className="text-xs text-slate-500">{row.connectionLabel}</div>
                </td>
                <td className="px-3 py-2">
                  <Link href={serviceHref(row)} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                    {row.label ?? <span className="text-slate-500">#{row.id}</span>}
                  </Link>
                </td>
                <td className="px-3 py-2 text-slate-700 dark:text-slate-300">{row.domain ?? "—"}</td>
                <td className="px-3 py-2">{row.product}</td>
                <td className="px-3 py-2">
                  <ServiceStatusBadge row={row} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  {row.billingCycle ?? "—"}
                  {row.billingCycle ? <Inferred row={row} /> : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatPrice(row.price, row.currency)}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  <div>
                    {formatDay(row.nextDue)}
                    {row.nextDue ? <Inferred row={row} /> : null}
                  </div>
                  <DueBadge row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {/* Phone: stacked cards. */}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800 md:hidden" aria-label="Services">
        {rows.map((row) => (
          <li key={row.key} className={rowTone(row)} data-testid="service-card" data-due={dueState(row) ?? undefined}>
            <Link href={serviceHref(row)} className="flex items-start gap-3 px-4 py-3">
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="min-w-0 break-words font-medium">{row.label ?? row.domain ?? row.product}</span>
                  <ServiceStatusBadge row={row} />
                </div>
                <p className="truncate text-sm text-slate-600 dark:text-slate-400">
                  {(row.label ?? row.domain) ? row.product : `Service #${row.id}`}
                  {row.domain && row.label ? ` · ${row.domain}` : ""}
                </p>
                <p className="text-xs text-slate-500">
                  {row.connectionLabel} · {formatPrice(row.price, row.currency)}
                  {row.billingCycle ? ` / ${row.billingCycle.toLowerCase()}` : ""} · next due {formatDay(row.nextDue)}
                  {row.inferred ? " (inferred)" : ""}
                </p>
                <DueBadge row={row} />
              </div>
              <ChevronRight className="mt-1 h-4 w-4 shrink-0 text-slate-400" aria-hidden />
            </Link>
          </li>
        ))}
      </ul>

      {loading.length > 0 ? (
        <div className="divide-y divide-slate-100 border-t border-slate-100 dark:divide-slate-800 dark:border-slate-800">
          {loading.map((connection) => (
            <LoadingRows key={connection.id} connection={connection} />
          ))}
        </div>
      ) : null}
    </Card>
  );
}
