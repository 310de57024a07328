"use client";

import { useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNowStrict } from "date-fns";
import Link from "next/link";
import { useCallback } from "react";

import { serverHref } from "@/components/servers/server-card";
import { TaskResult } from "@/components/servers/task-progress";
import { TaskStateBadge } from "@/components/servers/task-state-badge";
import { isActive, useServerTasks } from "@/components/servers/use-server";
import { tasksQueryKey, useTeamTasks } from "@/components/servers/use-tasks";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState, ErrorNote } from "@/components/ui/states";
import type { TaskRow, TeamTasks } from "@/lib/capabilities/servers/types";

const ago = (iso: string | null) => (iso && !Number.isNaN(new Date(iso).getTime()) ? formatDistanceToNowStrict(new Date(iso), { addSuffix: true }) : "—");

/** A running task followed on its own (one provider call per poll); when it ends, the whole list is read again. */
function useLiveRow(row: TaskRow): TaskRow {
  const queryClient = useQueryClient();
  const running = isActive(row.task);
  const settled = useCallback(() => void queryClient.invalidateQueries({ queryKey: tasksQueryKey }), [queryClient]);
  const live = useServerTasks(
    row.connectionId,
    row.serverId,
    running ? { connectionId: row.connectionId, serverId: row.serverId, hostname: row.hostname, activeTask: row.task, lastTasks: [], checkedAt: "" } : undefined,
    settled,
    "task-list",
  );
  const current = live.data?.activeTask;
  return running && current && current.id === row.task.id ? { ...row, task: current } : row;
}

function TaskItem({ row }: { row: TaskRow }) {
  const shown = useLiveRow(row);
  return <TaskEntry row={shown} />;
}

function TaskEntry({ row }: { row: TaskRow }) {
  return (
    <li className="p-4" data-testid="task-row">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{row.task.label}</span>
            <TaskStateBadge state={row.task.state} />
            {row.task.id ? <span className="text-xs text-slate-500 dark:text-slate-400">#{row.task.id}</span> : null}
          </div>
          <p className="mt-1 truncate text-sm">
            <Link href={serverHref(row)} prefetch={false} className="font-medium text-brand-600 hover:underline dark:text-brand-100">
              {row.hostname}
            </Link>
            <span className="text-slate-500 dark:text-slate-400"> · {row.connectionLabel}</span>
          </p>
        </div>
        <dl className="grid shrink-0 grid-cols-2 gap-x-4 text-xs text-slate-500 sm:text-right dark:text-slate-400">
          <dt>Started</dt>
          <dd>{ago(row.task.activated)}</dd>
          <dt>Completed</dt>
          <dd>{ago(row.task.completed)}</dd>
        </dl>
      </div>
      {row.task.results ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-300">Result</summary>
          <TaskResult task={row.task} />
        </details>
      ) : null}
    </li>
  );
}

function TaskList({ rows, title, live }: { rows: TaskRow[]; title: string; live?: boolean }) {
  return (
    <section aria-label={title}>
      <h2 className="mb-2 text-sm font-semibold text-slate-600 dark:text-slate-300">
        {title} <span className="font-normal text-slate-500">({rows.length})</span>
      </h2>
      <Card>
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => {
            const key = `${row.connectionId}-${row.serverId}-${row.task.id ?? row.task.name}-${row.task.activated}`;
            return live ? <TaskItem key={key} row={row} /> : <TaskEntry key={key} row={row} />;
          })}
        </ul>
      </Card>
    </section>
  );
}

/** Every running and recent task; polls the tasks route (fast while something runs). */
export function TasksClient({ initial }: { initial: TeamTasks }) {
  const query = useTeamTasks(initial);
  const data = query.data;
  const running = data.rows.filter((row) => row.task.state === "queued" || row.task.state === "running");
  const recent = data.rows.filter((row) => !(row.task.state === "queued" || row.task.state === "running"));
  return (
    <div className="space-y-6">
      {data.failures.map((failure) => (
        <ConnectionErrorRow key={failure.connectionId} label={failure.label} kindLabel={failure.kindLabel} message={failure.message} />
      ))}
      {query.isError ? <ErrorNote>Could not refresh the task list: {query.error.message}</ErrorNote> : null}
      <p className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
        {running.length > 0 ? `${running.length} task${running.length === 1 ? "" : "s"} running. ` : "Nothing running. "}
        Checked {ago(data.checkedAt)}.
      </p>
      {data.rows.length === 0 && data.failures.length === 0 ? (
        <EmptyState title="No tasks yet">Reboots, reinstalls and other server actions show up here while they run and afterwards.</EmptyState>
      ) : null}
      {running.length > 0 ? <TaskList rows={running} title="Running" live /> : null}
      {recent.length > 0 ? <TaskList rows={recent} title="Recent" /> : null}
    </div>
  );
}
