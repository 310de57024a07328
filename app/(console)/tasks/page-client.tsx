"use client";

import { useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNowStrict } from "date-fns";
import Link from "next/link";
import { useCallback } from "react";

import { serverHref } from "@/components/servers/server-card";
import { TaskResult } from "@/components/servers/task-progress";
import { TaskStateBadge } from "@/components/servers/task-state-badge";
import { useServerTasks } from "@/components/servers/use-server";
import { taskListsKey, useTaskLists } from "@/components/servers/use-tasks";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { isActiveTask, sortTasks } from "@/lib/capabilities/servers/task-rules";
import type { ConnectionTasks, TaskRow } from "@/lib/capabilities/servers/types";

const ago = (iso: string | null) => (iso && !Number.isNaN(new Date(iso).getTime()) ? formatDistanceToNowStrict(new Date(iso), { addSuffix: true }) : "—");

/** A running task followed on its own (one provider call per poll moment); when it ends, every list is read again. */
function useLiveRow(row: TaskRow): TaskRow {
  const queryClient = useQueryClient();
  const running = isActiveTask(row.task);
  const settled = useCallback(() => void queryClient.invalidateQueries({ queryKey: taskListsKey }), [queryClient]);
  const live = useServerTasks(
    row.connectionId,
    row.serverId,
    running
      ? { connectionId: row.connectionId, serverId: row.serverId, hostname: row.hostname, activeTask: row.task, lastTasks: [], checkedAt: "" }
      : undefined,
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
        <dl className="grid shrink-0 grid-cols-2 gap-x-4 text-xs text-slate-500 dark:text-slate-400 sm:text-right">
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

function TasksSkeleton({ waitingFor }: { waitingFor: string }) {
  return (
    <Card className="space-y-3 p-4" role="status" aria-label={`Loading tasks of ${waitingFor}`}>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-10 animate-pulse rounded bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60" />
      ))}
    </Card>
  );
}

/** Every running and recent task; each connection's tasks appear as soon as its provider answers. */
export function TasksClient({ lists, providers }: { lists: StartedRead<ConnectionTasks>[]; providers: string[] }) {
  const { states } = useTaskLists(lists);

  if (states.length === 0) {
    return (
      <EmptyState
        title="No server provider connected"
        action={
          <Link href="/servers" className="text-sm font-medium text-brand-600 hover:underline">
            Go to Servers
          </Link>
        }
      >
        Tasks appear here once the team connects a provider account that manages servers ({providers.join(", ")}).
      </EmptyState>
    );
  }

  const loaded = states.flatMap((state) => (state.status === "ok" ? [state.data] : []));
  const rows = sortTasks(loaded.flatMap((list) => list.rows));
  const loading = states.filter((state) => state.status === "loading");
  const errors = states.flatMap((state) => (state.status === "error" ? [state] : []));
  const checkedAt = loaded.map((list) => list.checkedAt).sort()[0] ?? null;
  const running = rows.filter((row) => isActiveTask(row.task));
  const recent = rows.filter((row) => !isActiveTask(row.task));

  return (
    <div className="space-y-6">
      {errors.map((state) => (
        <ConnectionErrorRow key={state.connection.id} label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />
      ))}
      <p className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
        {running.length > 0 ? `${running.length} task${running.length === 1 ? "" : "s"} running. ` : loading.length === 0 ? "Nothing running. " : ""}
        {checkedAt ? `Checked ${ago(checkedAt)}.` : null}
        {loading.length > 0 ? ` Waiting for ${loading.map((state) => state.connection.label).join(", ")}…` : null}
      </p>
      {loading.length > 0 && rows.length === 0 ? <TasksSkeleton waitingFor={loading.map((state) => state.connection.label).join(", ")} /> : null}
      {loading.length === 0 && rows.length === 0 && errors.length < states.length ? (
        <EmptyState title="No tasks yet">Reboots, reinstalls and other server actions show up here while they run and afterwards.</EmptyState>
      ) : null}
      {running.length > 0 ? <TaskList rows={running} title="Running" live /> : null}
      {recent.length > 0 ? <TaskList rows={recent} title="Recent" /> : null}
    </div>
  );
}
