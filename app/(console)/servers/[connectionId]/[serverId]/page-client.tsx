"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, Cpu } from "lucide-react";
import Link from "next/link";
import { Suspense, use, useCallback, useState, type ReactNode } from "react";

import { ResourceGauge } from "@/components/servers/resource-gauge";
import { statusTone } from "@/components/servers/server-card";
import { TaskLine, TaskResult, TaskSteps } from "@/components/servers/task-progress";
import { taskStateLabel } from "@/components/servers/task-state-badge";
import { UsageGraphs } from "@/components/servers/usage-graphs";
import { serverQueryKey, serverTasksQueryKey, useServer, useServerTasks } from "@/components/servers/use-server";
import { taskListsKey } from "@/components/servers/use-tasks";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { isActiveTask } from "@/lib/capabilities/servers/task-rules";
import type { ReinstallOptions, ServerDetail, StartedTask } from "@/lib/capabilities/servers/types";
import type { PageOutcome } from "@/lib/errors/page-outcome";

import { ServerActions } from "./server-actions";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 break-words text-sm">{children}</dd>
    </div>
  );
}

/** The operating system's title from the reinstall choices once they arrive (admins); its id otherwise. */
function OsTitle({ os, choices }: { os: string; choices: Promise<PageOutcome<ReinstallOptions>> }) {
  const outcome = use(choices);
  return outcome.ok ? (outcome.value.oses.find((option) => option.value === os)?.label ?? os) : os;
}

export function ServerPageClient({
  initial,
  canChange,
  canDestroy,
  reinstall,
  history,
}: {
  initial: ServerDetail;
  canChange: boolean;
  canDestroy: boolean;
  /** The reinstall form's choices, streamed; null when this reader may not reinstall. */
  reinstall: Promise<PageOutcome<ReinstallOptions>> | null;
  history: ReactNode;
}) {
  const queryClient = useQueryClient();
  const { connectionId, serverId } = initial;
  const query = useServer(initial);
  const server = query.data;
  // A finished task may have changed the server (host name, OS, DNS servers): read it again, once.
  const refreshServer = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: serverQueryKey(connectionId, serverId) }),
    [queryClient, connectionId, serverId],
  );
  const tasks = useServerTasks(
    connectionId,
    serverId,
    { connectionId, serverId, hostname: initial.hostname, activeTask: initial.activeTask, lastTasks: initial.lastTasks, checkedAt: "" },
    refreshServer,
  );
  const activeTask = tasks.data?.activeTask ?? null;
  const lastTasks = tasks.data?.lastTasks ?? server.lastTasks;
  const active = isActiveTask(activeTask) ? activeTask : null;
  const [started, setStarted] = useState<string | null>(null);

  const onStarted = useCallback(
    (task: StartedTask, title: string) => {
      setStarted(`${title}: task ${task.taskId} started.`);
      void queryClient.invalidateQueries({ queryKey: serverTasksQueryKey(connectionId, serverId) });
      void queryClient.invalidateQueries({ queryKey: taskListsKey });
    },
    [queryClient, connectionId, serverId],
  );

  const busyReason = active
    ? `Other actions are unavailable while “${active.label}” is ${taskStateLabel(active.state).toLowerCase()}: ${server.providerLabel} runs one task per server at a time. Graphs stay available.`
    : null;
  const latest = active ?? lastTasks[0] ?? null;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/servers" className="inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-300">
          <ArrowLeft className="h-4 w-4" aria-hidden /> Servers
        </Link>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
          <div className="min-w-0">
            <h1 className="break-words text-2xl font-semibold tracking-tight">{server.hostname}</h1>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{[server.label, server.ip, server.connectionLabel].filter(Boolean).join(" · ")}</p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {server.status ? <Badge tone={statusTone(server.status)}>{server.status}</Badge> : null}
            {tasks.isFetching && active ? <span className="text-xs text-slate-500 dark:text-slate-400">Checking task…</span> : null}
          </div>
        </div>
      </div>

      {query.isError ? <ErrorNote>Could not refresh this server: {query.error.message}</ErrorNote> : null}
      {tasks.isError ? <ErrorNote>Could not check the task: {tasks.error.message}</ErrorNote> : null}

      <section aria-labelledby="task-title">
        <Card className="p-4" data-testid="task-panel">
          <h2 id="task-title" className="text-sm font-semibold">
            {active ? "Task in progress" : "Latest task"}
          </h2>
          <div aria-live="polite" className="mt-2">
            {started ? <SuccessNote className="mb-3">{started}</SuccessNote> : null}
            {latest ? (
              <div className="space-y-3">
                <TaskLine task={latest} />
                <TaskSteps task={latest} />
                <TaskResult task={latest} />
              </div>
            ) : (
              <p className="text-sm text-slate-500 dark:text-slate-400">No task has run on this server recently.</p>
            )}
          </div>
        </Card>
      </section>

      {canChange ? <ServerActions server={server} busyReason={busyReason} canDestroy={canDestroy} reinstall={reinstall} onStarted={onStarted} /> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-4">
          <h2 className="text-sm font-semibold">Resources</h2>
          <div className="mt-3 space-y-4">
            <p className="flex items-center gap-2 text-sm">
              <Cpu className="h-4 w-4 text-slate-500" aria-hidden /> <span className="font-medium">CPU</span> {server.cpu.text}
              <span className="text-xs text-slate-500 dark:text-slate-400">(usage not reported by the provider)</span>
            </p>
            {server.gauges.map((gauge) => (
              <ResourceGauge key={gauge.key} gauge={gauge} />
            ))}
            {server.bandwidth.inMb !== null || server.bandwidth.outMb !== null ? (
              <p className="text-xs text-slate-500 dark:text-slate-400">Bandwidth counts traffic in and out this month.</p>
            ) : null}
          </div>
        </Card>
        <Card className="p-4">
          <h2 className="text-sm font-semibold">Configuration</h2>
          <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Fact label="Operating system">
              {server.os && reinstall ? (
                <Suspense fallback={server.os}>
                  <OsTitle os={server.os} choices={reinstall} />
                </Suspense>
              ) : (
                server.os || "—"
              )}
            </Fact>
            <Fact label="Main IP">
              <span className="font-mono">{server.ip || "—"}</span>
            </Fact>
            <Fact label="Additional IPs">
              {server.additionalIps.length === 0 ? (
                "None"
              ) : (
                <ul className="space-y-0.5">
                  {server.additionalIps.map((item) => (
                    <li key={item.ip}>
                      <span className="font-mono">{item.ip}</span>
                      {item.ptr ? <span className="block text-xs text-slate-500 dark:text-slate-400">PTR {item.ptr}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </Fact>
            <Fact label="DNS servers">
              {server.dnsServers.length === 0 ? (
                "Provider default"
              ) : (
                <ul data-testid="dns-servers">
                  {server.dnsServers.map((ns) => (
                    <li key={ns} className="font-mono">
                      {ns}
                    </li>
                  ))}
                </ul>
              )}
            </Fact>
            <Fact label="Components">
              {server.components.length === 0 ? (
                "None"
              ) : (
                <ul className="space-y-0.5">
                  {server.components.map((component) => (
                    <li key={component.id} className="flex items-center gap-2">
                      {component.name}
                      <Badge tone={component.selected ? "good" : "neutral"}>{component.selected ? "On" : "Off"}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </Fact>
            <Fact label="Last synchronised">{server.syncedAt ? new Date(server.syncedAt).toLocaleString() : "—"}</Fact>
          </dl>
        </Card>
      </div>

      <Card className="p-4">
        <h2 className="text-sm font-semibold">Recent tasks</h2>
        {lastTasks.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">None reported.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
            {lastTasks.map((task) => (
              <li key={`${task.name}-${task.id ?? task.activated}`} className="py-3 first:pt-0 last:pb-0">
                <TaskLine task={task} />
                <TaskResult task={task} />
              </li>
            ))}
          </ul>
        )}
        <Link href="/tasks" className="mt-3 inline-block text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
          All tasks
        </Link>
      </Card>

      {server.features.usageGraphs ? (
        <Card className="p-4">
          <UsageGraphs connectionId={server.connectionId} serverId={server.serverId} />
        </Card>
      ) : null}

      {history}
    </div>
  );
}
