"use client";

import { ArrowDown, ArrowUp, Plus, RefreshCw, Upload } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { forgetSubscriptionAction } from "@/lib/capabilities/iptv/actions";
import { expiryLabel } from "@/lib/capabilities/iptv/expiry";
import type { SubscriptionList } from "@/lib/capabilities/iptv/read-lists";
import { subscriptionHref, subscriptionKinds, type SubscriptionKind } from "@/lib/capabilities/iptv/subscription-kinds";
import type { IptvSubscription } from "@/lib/capabilities/iptv/types";
import { useAction } from "@/lib/ui/use-action";

import { BulkDialog, type BulkOperation, type BulkTarget } from "./bulk-dialog";
import { formatDay } from "./format";
import { answeredRows, NoRowsYet, PanelStatus } from "./panel-status";
import { CreateDialog, ImportDialog } from "./subscription-dialogs";
import type { ConnectionOption } from "./subscription-form";
import { useIptvLists } from "./use-iptv-lists";

type SortKey = "key" | "status" | "expiry" | "max" | "active" | "reseller";
type StatusFilter = "all" | "enabled" | "disabled" | "expired" | "expiring";
const PAGE_SIZE = 25;

const rowId = (item: { connectionId: string; key: string }) => `${item.connectionId}:${item.key}`;

function compare(a: IptvSubscription, b: IptvSubscription, key: SortKey): number {
  switch (key) {
    case "key":
      return a.key.localeCompare(b.key);
    case "status":
      return Number(a.disabled) - Number(b.disabled);
    case "expiry":
      return (a.expiresAt ?? Number.MAX_SAFE_INTEGER) - (b.expiresAt ?? Number.MAX_SAFE_INTEGER);
    case "max":
      return a.maxConnections - b.maxConnections;
    case "active":
      return a.activeConnections - b.activeConnections;
    case "reseller":
      return (a.resellerName ?? "").localeCompare(b.resellerName ?? "");
  }
}

/** The lines (or MAG devices) Hostdeck tracks on every panel; each panel's rows appear as soon as it answers. */
export function SubscriptionsClient({
  kind,
  lists,
  now,
  canChange,
  canDestroy,
}: {
  kind: SubscriptionKind;
  lists: StartedRead<SubscriptionList>[];
  now: number;
  canChange: boolean;
  canDestroy: boolean;
}) {
  const noun = subscriptionKinds[kind];
  const { states, refresh, reloadFromPanels, refreshing } = useIptvLists(lists, noun.list);
  const items = useMemo(() => answeredRows(states, (list) => list.items), [states]);
  const problems = useMemo(
    () =>
      states.flatMap((state) =>
        state.status === "ok"
          ? state.data.problems.map((problem) => ({ ...problem, connectionId: state.connection.id, connectionLabel: state.connection.label }))
          : [],
      ),
    [states],
  );
  const connections: ConnectionOption[] = states.flatMap((state) =>
    state.status === "ok" ? [{ id: state.connection.id, label: state.connection.label, resellers: state.data.resellers }] : [],
  );
  const many = lists.length > 1;
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<StatusFilter>("all");
  const [connectionFilter, setConnectionFilter] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; direction: 1 | -1 }>({ key: "key", direction: 1 });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<"create" | "import" | null>(null);
  const [bulk, setBulk] = useState<BulkOperation | null>(null);
  const forget = useAction(forgetSubscriptionAction, { onSuccess: () => void refresh() });

  const filtered = useMemo(() => {
    const text = query.trim().toLowerCase();
    return items
      .filter((item) => !connectionFilter || item.connectionId === connectionFilter)
      .filter((item) => !text || [item.key, item.notes, item.resellerName ?? ""].some((value) => value.toLowerCase().includes(text)))
      .filter((item) => {
        const expiry = expiryLabel(item.expiresAt, now);
        if (status === "enabled") return !item.disabled;
        if (status === "disabled") return item.disabled;
        if (status === "expired") return expiry.expired;
        if (status === "expiring") return !expiry.expired && item.expiresAt !== null && item.expiresAt - now <= 7 * 86_400;
        return true;
      })
      .sort((a, b) => compare(a, b, sort.key) * sort.direction || a.key.localeCompare(b.key));
  }, [items, query, status, connectionFilter, sort, now]);

  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = filtered.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const selectedItems = filtered.filter((item) => selected.has(rowId(item)));
  const targets: BulkTarget[] = selectedItems.map((item) => ({ connectionId: item.connectionId, key: item.key }));
  const allFilteredSelected = filtered.length > 0 && selectedItems.length === filtered.length;

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const sortBy = (key: SortKey) => setSort((previous) => ({ key, direction: previous.key === key ? (-previous.direction as 1 | -1) : 1 }));
  const header = (key: SortKey, label: string) => (
    <th className="px-3 py-2" aria-sort={sort.key === key ? (sort.direction === 1 ? "ascending" : "descending") : undefined}>
      <button type="button" onClick={() => sortBy(key)} className="inline-flex items-center gap-1 uppercase hover:text-slate-900 dark:hover:text-slate-100">
        {label}
        {sort.key === key ? sort.direction === 1 ? <ArrowUp className="h-3 w-3" aria-hidden /> : <ArrowDown className="h-3 w-3" aria-hidden /> : null}
      </button>
    </th>
  );
  const control = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900";

  return (
    <div className="space-y-4">
      <PanelStatus states={states} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {items.length} {items.length === 1 ? noun.one : noun.many} created or added through Hostdeck.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="ghost" pending={refreshing} onClick={() => void reloadFromPanels()}>
            <RefreshCw className="h-4 w-4" aria-hidden /> Reload from panel
          </Button>
          {canChange && connections.length > 0 ? (
            <>
              <Button variant="secondary" onClick={() => setDialog("import")}>
                <Upload className="h-4 w-4" aria-hidden /> Add existing
              </Button>
              <Button onClick={() => setDialog("create")}>
                <Plus className="h-4 w-4" aria-hidden /> New {noun.one}
              </Button>
            </>
          ) : null}
        </div>
      </div>

      <div role="search" aria-label={`Filter ${noun.many}`} className="grid gap-2 sm:grid-cols-[1fr_auto_auto]">
        <input
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(0);
          }}
          placeholder={`Search ${noun.keyLabel.toLowerCase()}, reseller, notes`}
          aria-label="Search"
          className={control}
        />
        <select
          aria-label="Status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as StatusFilter);
            setPage(0);
          }}
          className={control}
        >
          <option value="all">All statuses</option>
          <option value="enabled">Enabled</option>
          <option value="disabled">Disabled</option>
          <option value="expired">Expired</option>
          <option value="expiring">Expiring within 7 days</option>
        </select>
        {many ? (
          <select aria-label="Panel" value={connectionFilter} onChange={(event) => setConnectionFilter(event.target.value)} className={control}>
            <option value="">All panels</option>
            {lists.map(({ connection }) => (
              <option key={connection.id} value={connection.id}>
                {connection.label}
              </option>
            ))}
          </select>
        ) : null}
      </div>

      {canChange && selectedItems.length > 0 ? (
        <div
          className="border-brand-200 sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-lg border bg-brand-50 p-2 text-sm dark:border-brand-700 dark:bg-slate-900"
          aria-label="Bulk actions"
          role="region"
        >
          <span className="px-2 font-medium" data-testid="selected-count">
            {selectedItems.length} selected
          </span>
          <Button size="sm" onClick={() => setBulk("extend")}>
            Extend…
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setBulk("disable")}>
            Disable
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setBulk("enable")}>
            Enable
          </Button>
          {canDestroy ? (
            <Button size="sm" variant="danger" onClick={() => setBulk("delete")}>
              Delete
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            Clear
          </Button>
        </div>
      ) : null}

      {problems.length > 0 ? (
        <Card className="divide-y divide-slate-100 dark:divide-slate-800">
          {problems.map((problem) => (
            <div
              key={`${problem.connectionId}:${problem.key}`}
              className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm"
              data-testid="subscription-problem"
            >
              <span>
                <span className="font-mono">{problem.key}</span> <span className="text-slate-500">({problem.connectionLabel})</span>:{" "}
                <span className="text-amber-700 dark:text-amber-300">{problem.missing ? "no longer at the panel" : problem.message}</span>
              </span>
              {canChange && problem.missing ? (
                <Button
                  size="sm"
                  variant="ghost"
                  pending={forget.pending}
                  onClick={() => void forget.run({ kind, connectionId: problem.connectionId, key: problem.key })}
                >
                  Stop listing
                </Button>
              ) : null}
            </div>
          ))}
        </Card>
      ) : null}

      {items.length === 0 ? (
        <NoRowsYet
          states={states}
          label={`Loading ${noun.many}`}
          empty={
            <EmptyState
              title={`No ${noun.many} yet`}
              action={
                canChange && connections.length > 0 ? (
                  <Button onClick={() => setDialog("create")}>
                    <Plus className="h-4 w-4" aria-hidden /> New {noun.one}
                  </Button>
                ) : undefined
              }
            >
              Hostdeck lists the {noun.many} created here or added with “Add existing” (the panel’s API has no list of them).
            </EmptyState>
          }
        />
      ) : filtered.length === 0 ? (
        <EmptyState title={`No ${noun.many} match`}>Change the search or the status filter.</EmptyState>
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full min-w-[56rem] text-left text-sm" aria-label={noun.many}>
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
              <tr>
                {canChange ? (
                  <th className="w-10 px-3 py-2">
                    <input
                      type="checkbox"
                      aria-label={`Select all ${filtered.length} shown`}
                      checked={allFilteredSelected}
                      onChange={() => setSelected(allFilteredSelected ? new Set() : new Set(filtered.map(rowId)))}
                      className="h-4 w-4"
                    />
                  </th>
                ) : null}
                {header("key", noun.keyLabel)}
                {header("status", "Status")}
                {header("expiry", "Expiry")}
                {header("max", "Max")}
                {header("active", "Active")}
                {header("reseller", "Reseller")}
                {kind === "line" ? <th className="px-3 py-2">Restreamer</th> : null}
                <th className="px-3 py-2">Notes</th>
                {many ? <th className="px-3 py-2">Panel</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {visible.map((item) => {
                const expiry = expiryLabel(item.expiresAt, now);
                return (
                  <tr key={rowId(item)} data-testid="subscription-row" data-key={item.key}>
                    {canChange ? (
                      <td className="px-3 py-2">
                        <input
                          type="checkbox"
                          aria-label={`Select ${item.key}`}
                          checked={selected.has(rowId(item))}
                          onChange={() => toggle(rowId(item))}
                          className="h-4 w-4"
                        />
                      </td>
                    ) : null}
                    <td className="px-3 py-2 font-mono">
                      <Link href={subscriptionHref(kind, item.connectionId, item.key)} className="text-brand-600 hover:underline dark:text-brand-100">
                        {item.key}
                      </Link>
                      {item.isTrial ? <Badge className="ml-2">trial</Badge> : null}
                    </td>
                    <td className="px-3 py-2">
                      <Badge tone={item.disabled ? "bad" : "good"}>{item.disabled ? "disabled" : "enabled"}</Badge>
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">
                      <span className="block">{formatDay(item.expiresAt)}</span>
                      <Badge tone={expiry.tone}>{expiry.text}</Badge>
                    </td>
                    <td className="px-3 py-2 tabular-nums">{item.maxConnections}</td>
                    <td className="px-3 py-2 tabular-nums">{item.activeConnections}</td>
                    <td className="px-3 py-2">{item.resellerName ?? "—"}</td>
                    {kind === "line" ? <td className="px-3 py-2">{item.restreamer ? "yes" : "no"}</td> : null}
                    <td className="max-w-[16rem] truncate px-3 py-2 text-slate-600 dark:text-slate-400" title={item.notes}>
                      {item.notes || "—"}
                    </td>
                    {many ? <td className="px-3 py-2">{item.connectionLabel}</td> : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}

      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          <Button variant="secondary" size="sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </Button>
          <span>
            Page {current + 1} of {pages} · {filtered.length} {noun.many}
          </span>
          <Button variant="secondary" size="sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </Button>
        </nav>
      ) : null}

      {canChange ? (
        <>
          <CreateDialog
            kind={kind}
            connections={connections}
            open={dialog === "create"}
            onOpenChange={(open) => setDialog(open ? "create" : null)}
            onCreated={() => void refresh()}
          />
          <ImportDialog
            kind={kind}
            connections={connections}
            open={dialog === "import"}
            onOpenChange={(open) => setDialog(open ? "import" : null)}
            onImported={() => void refresh()}
          />
          <BulkDialog
            kind={kind}
            operation={bulk}
            targets={targets}
            onClose={(changed) => {
              setBulk(null);
              if (changed) {
                setSelected(new Set());
                void refresh();
              }
            }}
          />
        </>
      ) : null}
    </div>
  );
}
