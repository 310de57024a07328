import { ConnectionErrors } from "@/components/billing/connection-errors";
import { InvoiceStateBadge } from "@/components/billing/invoice-state-badge";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/lib/capabilities/billing/invoice-rules";
import { listTeamBilling } from "@/lib/capabilities/billing/read-billing";
import { readDueSoon, readRunningTasks } from "@/lib/capabilities/overview/read-overview";
import { summarizeUnpaid, waitingTickets } from "@/lib/capabilities/overview/summaries";
import { listTeamTickets } from "@/lib/capabilities/tickets/read-tickets";

import { CardEmpty } from "./overview-card";

const listClass = "divide-y divide-slate-200 text-sm dark:divide-slate-800";

/** Unpaid and overdue invoices, outstanding totals per currency, the most urgent few. */
export async function UnpaidInvoicesBody({ teamId }: { teamId: string }) {
  const results = await listTeamBilling(teamId);
  const summary = summarizeUnpaid(results);
  return (
    <>
      <ConnectionErrors results={results} />
      {results.length === 0 ? <CardEmpty>No billing account connected.</CardEmpty> : null}
      {results.some((result) => result.ok) ? (
        summary.unpaid === 0 ? (
          <CardEmpty>Nothing to pay: every invoice is settled.</CardEmpty>
        ) : (
          <>
            <p className="text-sm">
              <span className="text-2xl font-semibold" data-testid="unpaid-count">
                {summary.unpaid}
              </span>{" "}
              unpaid
              {summary.overdue > 0 ? (
                <>
                  , <strong className="text-red-700 dark:text-red-400">{summary.overdue} overdue</strong>
                </>
              ) : null}
            </p>
            <ul className="flex flex-wrap gap-2" aria-label="Outstanding per currency">
              {summary.totals.map((total) => (
                <li key={total.currency} className="rounded-md bg-slate-100 px-2 py-1 text-sm tabular-nums dark:bg-slate-800" data-testid="outstanding-total">
                  {formatMoney(total.outstanding, total.currency)}
                </li>
              ))}
            </ul>
            <ul className={listClass} aria-label="Most urgent invoices">
              {summary.urgent.map((row) => (
                <li key={`${row.connectionId}:${row.id}`} className="flex items-center justify-between gap-2 py-1.5">
                  <span className="min-w-0 truncate">
                    #{row.number} <span className="text-xs text-slate-500">due {row.dueDate}</span>
                  </span>
                  <span className="flex shrink-0 items-center gap-2 tabular-nums">
                    {formatMoney(row.total, row.currency)} <InvoiceStateBadge state={row.state} status={row.status} />
                  </span>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </>
  );
}

/** Services and SSL certificates due (or expiring) within 30 days, across every connection that lists them. */
export async function DueSoonBody({ teamId }: { teamId: string }) {
  const results = await readDueSoon(teamId);
  const items = results.flatMap((result) => (result.ok ? result.value : []));
  return (
    <>
      <ConnectionErrors results={results} />
      {results.length === 0 ? <CardEmpty>No connection lists services with renewal dates.</CardEmpty> : null}
      {results.some((result) => result.ok) && items.length === 0 ? <CardEmpty>Nothing renews or expires in the next 30 days.</CardEmpty> : null}
      {items.length > 0 ? (
        <ul className={listClass} aria-label="Due within 30 days">
          {items.slice(0, 6).map((item) => (
            <li key={`${item.connectionId}:${item.kind}:${item.id}`} className="flex items-center justify-between gap-2 py-1.5" data-testid="due-item">
              <span className="min-w-0 truncate">
                {item.kind === "ssl" ? (
                  <Badge tone="info" className="mr-1">
                    SSL
                  </Badge>
                ) : null}
                {item.name} <span className="text-xs text-slate-500">{item.domain}</span>
                {item.inferred ? <span className="text-xs text-slate-500"> (inferred from invoices)</span> : null}
              </span>
              <Badge tone={item.daysLeft < 0 ? "bad" : item.daysLeft <= 7 ? "warn" : "neutral"} className="shrink-0">
                {item.what === "expiry" ? "expires" : "due"}{" "}
                {item.daysLeft < 0 ? `${-item.daysLeft} d ago` : item.daysLeft === 0 ? "today" : `in ${item.daysLeft} d`}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {items.length > 6 ? <p className="text-xs text-slate-500">and {items.length - 6} more</p> : null}
    </>
  );
}

/** Open tickets the provider answered (or left unread): the team's move. */
export async function WaitingTicketsBody({ teamId }: { teamId: string }) {
  const results = await listTeamTickets(teamId);
  const waiting = waitingTickets(results);
  return (
    <>
      <ConnectionErrors results={results} />
      {results.length === 0 ? <CardEmpty>No support desk connected.</CardEmpty> : null}
      {results.some((result) => result.ok) && waiting.length === 0 ? <CardEmpty>No ticket is waiting for the team.</CardEmpty> : null}
      {waiting.length > 0 ? (
        <>
          <p className="text-sm">
            <span className="text-2xl font-semibold" data-testid="waiting-count">
              {waiting.length}
            </span>{" "}
            waiting for the team
          </p>
          <ul className={listClass} aria-label="Tickets waiting for the team">
            {waiting.slice(0, 5).map((row) => (
              <li key={`${row.connectionId}:${row.number}`} className="flex items-center justify-between gap-2 py-1.5">
                <span className="min-w-0 truncate">
                  #{row.number} {row.subject}
                </span>
                <span className="shrink-0 text-xs text-slate-500">{row.status}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** Servers with a task running or queued, across every connection that manages servers. */
export async function RunningTasksBody({ teamId }: { teamId: string }) {
  const results = await readRunningTasks(teamId);
  const tasks = results.flatMap((result) => (result.ok ? result.value : []));
  return (
    <>
      <ConnectionErrors results={results} />
      {results.length === 0 ? <CardEmpty>No connection manages servers.</CardEmpty> : null}
      {results.some((result) => result.ok) && tasks.length === 0 ? <CardEmpty>No server task is running.</CardEmpty> : null}
      {tasks.length > 0 ? (
        <ul className={listClass} aria-label="Running server tasks">
          {tasks.map((task) => (
            <li key={`${task.connectionId}:${task.serverId}`} className="flex items-center justify-between gap-2 py-1.5" data-testid="running-task">
              <span className="min-w-0 truncate">
                {task.task} <span className="text-xs text-slate-500">on {task.server}</span>
              </span>
              <Badge tone={task.step === "running" ? "info" : "neutral"} className="shrink-0">
                {task.step}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
