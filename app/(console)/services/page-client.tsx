"use client";

import { ArrowDown, ArrowUp, RefreshCw, Search } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";

import { ServicesTable } from "@/components/services/services-table";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { SelectField, TextField } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { applyListView, dueState, statusOptions, type SortDirection, type SortKey } from "@/lib/capabilities/services/list-view";
import type { ConnectionServices } from "@/lib/capabilities/services/types";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

const sortLabels: Record<SortKey, string> = {
  provider: "Provider",
  label: "Label",
  domain: "Domain",
  product: "Product",
  status: "Status",
  billingCycle: "Billing cycle",
  price: "Price",
  nextDue: "Next due",
};

export function ServicesListClient({ lists }: { lists: StartedRead<ConnectionServices>[] }) {
  const { states, refetchAll } = useConnectionReads(lists, { key: "services", url: (id) => `/api/services/${encodeURIComponent(id)}` });
  const connections = lists.map((list) => list.connection);
  const [search, setSearch] = useState("");
  const [provider, setProvider] = useState("");
  const [status, setStatus] = useState("");
  const [sortKey, setSortKey] = useState<SortKey>("nextDue");
  const [direction, setDirection] = useState<SortDirection>("asc");

  const allRows = useMemo(() => states.flatMap((state) => (state.status === "ok" ? state.data.rows : [])), [states]);
  const rows = useMemo(() => applyListView(allRows, { provider, status, search }, sortKey, direction), [allRows, provider, status, search, sortKey, direction]);
  const dueSoon = allRows.filter((row) => dueState(row) !== null).length;
  const loading = states.filter((state) => state.status === "loading");
  const errors = states.flatMap((state) => (state.status === "error" ? [state] : []));
  const notes = states.flatMap((state) => (state.status === "ok" && state.data.note ? [{ connection: state.connection, note: state.data.note }] : []));

  const sortBy = (key: SortKey) => {
    if (key === sortKey) setDirection(direction === "asc" ? "desc" : "asc");
    else {
      setSortKey(key);
      setDirection("asc");
    }
  };

  if (connections.length === 0) {
    return (
      <EmptyState
        title="No Time4VPS or XSServer connection yet"
        action={
          <Link className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-100" href="/connections">
            Go to Connections
          </Link>
        }
      >
        Services appear here once an admin connects a Time4VPS or XSServer account.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      <Card className="p-4">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
          <div className="relative">
            <TextField
              label="Search"
              type="search"
              placeholder="Label, domain, product, id…"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              className="pl-8"
            />
            <Search className="pointer-events-none absolute bottom-2.5 left-2.5 h-4 w-4 text-slate-400" aria-hidden />
          </div>
          <SelectField
            label="Provider"
            value={provider}
            onChange={(event) => setProvider(event.target.value)}
            options={[{ value: "", label: "All connections" }, ...connections.map((connection) => ({ value: connection.id, label: connection.label }))]}
          />
          <SelectField
            label="Status"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            options={[{ value: "", label: "Any status" }, ...statusOptions(allRows).map((value) => ({ value, label: value }))]}
          />
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <SelectField
                label="Sort by"
                value={sortKey}
                onChange={(event) => setSortKey(event.target.value as SortKey)}
                options={Object.entries(sortLabels).map(([value, label]) => ({ value, label }))}
              />
            </div>
            <Button
              variant="secondary"
              size="icon"
              aria-label={direction === "asc" ? "Ascending; switch to descending" : "Descending; switch to ascending"}
              onClick={() => setDirection(direction === "asc" ? "desc" : "asc")}
            >
              {direction === "asc" ? <ArrowUp className="h-4 w-4" aria-hidden /> : <ArrowDown className="h-4 w-4" aria-hidden />}
            </Button>
          </div>
          <Button variant="secondary" onClick={refetchAll} pending={loading.length > 0} className="sm:col-span-2 lg:col-span-1">
            <RefreshCw className="h-4 w-4" aria-hidden /> Refresh
          </Button>
        </div>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {rows.length} of {allRows.length} services
          {dueSoon > 0 ? (
            <>
              {" · "}
              <span className="font-medium text-amber-700 dark:text-amber-300">{dueSoon} due within 7 days or overdue</span>
            </>
          ) : null}
          {loading.length > 0 ? ` · waiting for ${loading.map((state) => state.connection.label).join(", ")}` : null}
        </p>
      </Card>

      {errors.length > 0 ? (
        <div className="space-y-2">
          {errors.map((state) => (
            <ConnectionErrorRow key={state.connection.id} label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />
          ))}
        </div>
      ) : null}

      <ServicesTable
        rows={rows}
        loading={loading.map((state) => state.connection)}
        sortKey={sortKey}
        direction={direction}
        onSort={sortBy}
        sortLabels={sortLabels}
      />

      {!loading.length && allRows.length > 0 && rows.length === 0 ? (
        <EmptyState title="No services match">Change the search or the filters to see more.</EmptyState>
      ) : null}
      {!loading.length && allRows.length === 0 && errors.length < states.length ? (
        <EmptyState title="No services yet">The connected accounts report no services.</EmptyState>
      ) : null}

      {notes.map(({ connection, note }) => (
        <p key={connection.id} className="text-xs text-slate-500 dark:text-slate-400">
          <strong className="font-medium">{connection.label}:</strong> {note}
        </p>
      ))}
    </div>
  );
}
