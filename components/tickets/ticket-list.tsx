import Link from "next/link";

import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import type { TicketRow } from "@/lib/capabilities/tickets/types";

import { TicketStatusBadge } from "./ticket-status-badge";

const href = (row: TicketRow) => `/tickets/${row.connectionId}/${row.number}`;

function UnreadDot({ unread }: { unread: boolean }) {
  return unread ? (
    <span className="inline-flex items-center gap-1 text-xs font-semibold text-brand-700 dark:text-brand-100" data-testid="unread">
      <span className="h-2 w-2 rounded-full bg-brand-600" aria-hidden />
      <span>New reply</span>
    </span>
  ) : null;
}

/** Tickets of all connections: number, subject, department, status, last update, unread mark. */
export function TicketList({ rows }: { rows: TicketRow[] }) {
  if (rows.length === 0) return <EmptyState title="No tickets">Nothing has been asked of the providers&apos; support yet.</EmptyState>;
  return (
    <Card>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Tickets">
        {rows.map((row) => (
          <li key={`${row.connectionId}:${row.number}`} data-testid="ticket-row">
            <Link href={href(row)} className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-800/50 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <p className={row.unread ? "truncate font-semibold" : "truncate font-medium"}>
                  <span className="text-slate-500 dark:text-slate-400">#{row.number}</span> {row.subject}
                </p>
                <p className="truncate text-xs text-slate-500 dark:text-slate-400">
                  {row.department} · {row.connectionLabel}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400 sm:justify-end">
                <UnreadDot unread={row.unread} />
                <TicketStatusBadge status={row.status} />
                <span className="tabular-nums">
                  {row.lastUpdateFrom === "reply" ? "updated" : "opened"} {row.lastUpdate}
                </span>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
