import { format } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { LEASE_MS } from "@/lib/actions/idempotency";
import { auditFilters, listAuditEvents } from "@/lib/audit/query";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

const outcomeTone = { success: "good", failure: "bad", denied: "warn", started: "warn" } as const;

/** A "started" row is a change still running, or one the console stopped in the middle of (its lease lapsed). */
function outcomeLabel(event: { outcome: keyof typeof outcomeTone; createdAt: Date }): string {
  if (event.outcome !== "started") return event.outcome;
  return Date.now() - event.createdAt.getTime() > LEASE_MS ? "interrupted" : "in progress";
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const context = await requireTeamContext();
  if (!can(context.role, "audit:read")) {
    return (
      <>
        <PageHeader title="Audit log" />
        <EmptyState title="Only admins and owners can read the audit log">Ask an admin of {context.team.name} if you need to know who changed what.</EmptyState>
      </>
    );
  }
  const filters = auditFilters.parse(await searchParams);
  const { events, nextCursor } = await listAuditEvents(context.team.id, filters);
  const query = (extra: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries({ action: filters.action, actor: filters.actor, connection: filters.connection, outcome: filters.outcome, ...extra }).filter(
        (entry): entry is [string, string] => Boolean(entry[1]),
      ),
    ).toString();

  return (
    <>
      <PageHeader title="Audit log" description="Every change anyone made in this team, newest first." />
      <form className="mb-4 grid gap-2 sm:grid-cols-5" role="search" aria-label="Filter audit events">
        <input
          name="action"
          defaultValue={filters.action}
          placeholder="Action, e.g. connection"
          aria-label="Action"
          className="rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <input
          name="actor"
          defaultValue={filters.actor}
          placeholder="Who (name or email)"
          aria-label="Who"
          className="rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <input
          name="connection"
          defaultValue={filters.connection}
          placeholder="Connection"
          aria-label="Connection"
          className="rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <select
          name="outcome"
          defaultValue={filters.outcome ?? ""}
          aria-label="Outcome"
          className="rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="">Any outcome</option>
          <option value="success">Success</option>
          <option value="failure">Failure</option>
          <option value="denied">Denied</option>
          <option value="started">Started or interrupted</option>
        </select>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Filter
        </button>
      </form>
      {events.length === 0 ? (
        <EmptyState title="No matching events">Changes made in this team appear here as they happen.</EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm" aria-label="Audit events">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
              <tr>
                <th className="px-4 py-2">When</th>
                <th className="px-4 py-2">Who</th>
                <th className="px-4 py-2">Action</th>
                <th className="px-4 py-2">Connection</th>
                <th className="px-4 py-2">Target</th>
                <th className="px-4 py-2">Outcome</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {events.map((event) => (
                <tr key={event.id} data-testid="audit-row">
                  <td className="whitespace-nowrap px-4 py-2 text-slate-500">
                    <time dateTime={event.createdAt.toISOString()}>{format(event.createdAt, "d MMM yyyy HH:mm:ss")}</time>
                  </td>
                  <td className="px-4 py-2">
                    <span className="block">{event.actorName ?? "—"}</span>
                    <span className="block text-xs text-slate-500">{event.actorEmail}</span>
                  </td>
                  <td className="px-4 py-2 font-mono text-xs">{event.action}</td>
                  <td className="px-4 py-2">{event.connectionLabel ?? "—"}</td>
                  <td className="px-4 py-2">
                    <span className="block">{event.target ?? "—"}</span>
                    {event.message ? <span className="block text-xs text-slate-500">{event.message}</span> : null}
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={outcomeTone[event.outcome]}>{outcomeLabel(event)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {nextCursor ? (
        <div className="mt-4 flex justify-end">
          <Link href={`/audit?${query({ after: nextCursor })}`} className="text-sm font-medium text-brand-600 hover:underline">
            Older events →
          </Link>
        </div>
      ) : null}
    </>
  );
}
