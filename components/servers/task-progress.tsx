import { format, formatDistanceToNowStrict } from "date-fns";
import { ExternalLink } from "lucide-react";

import type { ServerTask, TaskState } from "@/lib/capabilities/servers/types";
import { cn } from "@/lib/ui/cn";

import { TaskStateBadge } from "./task-state-badge";

const steps: { state: TaskState; label: string }[] = [
  { state: "queued", label: "Queued" },
  { state: "running", label: "Running" },
  { state: "done", label: "Done" },
];

const order: Record<TaskState, number> = { queued: 0, running: 1, done: 2, failed: 2 };

export function when(iso: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${format(date, "yyyy-MM-dd HH:mm:ss")} (${formatDistanceToNowStrict(date, { addSuffix: true })})`;
}

/** Queued → running → done (or failed) as three steps; the current one is marked for screen readers. */
export function TaskSteps({ task }: { task: ServerTask }) {
  const at = order[task.state];
  return (
    <ol className="flex items-center gap-2 text-xs" aria-label="Task progress">
      {steps.map((step, index) => {
        const failed = index === 2 && task.state === "failed";
        const reached = index <= at;
        return (
          <li key={step.state} className="flex items-center gap-2" aria-current={index === at ? "step" : undefined}>
            <span
              className={cn(
                "inline-flex items-center gap-1 rounded-full px-2 py-0.5 font-medium",
                failed
                  ? "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-300"
                  : reached
                    ? "bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100"
                    : "bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400",
              )}
            >
              {failed ? "Failed" : step.label}
            </span>
            {index < steps.length - 1 ? (
              <span className={cn("h-px w-4 sm:w-8", reached && index < at ? "bg-brand-500" : "bg-slate-300 dark:bg-slate-700")} aria-hidden />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The provider's result text (secrets masked for viewers) and any link it offers. */
export function TaskResult({ task }: { task: ServerTask }) {
  if (!task.results && task.links.length === 0) return null;
  return (
    <div className="mt-2 space-y-2">
      {task.results ? (
        <pre
          className="max-w-full overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-2 font-mono text-xs text-slate-800 dark:bg-slate-950 dark:text-slate-200"
          data-testid="task-result"
        >
          {task.results}
        </pre>
      ) : null}
      {task.links.map((link) => (
        <a
          key={link.href}
          href={link.href}
          target="_blank"
          rel="noreferrer noopener"
          className="inline-flex items-center gap-1 text-sm font-medium text-brand-600 hover:underline dark:text-brand-100"
        >
          {link.label} <ExternalLink className="h-3.5 w-3.5" aria-hidden />
        </a>
      ))}
    </div>
  );
}

export function TaskLine({ task }: { task: ServerTask }) {
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{task.label}</span>
        <TaskStateBadge state={task.state} />
        {task.id ? <span className="text-xs text-slate-500 dark:text-slate-400">#{task.id}</span> : null}
      </div>
      <dl className="mt-1 grid gap-x-4 text-xs text-slate-500 dark:text-slate-400 sm:grid-cols-3">
        <div>
          <dt className="inline">Started </dt>
          <dd className="inline">{when(task.activated)}</dd>
        </div>
        <div>
          <dt className="inline">Assigned </dt>
          <dd className="inline">{when(task.assigned)}</dd>
        </div>
        <div>
          <dt className="inline">Completed </dt>
          <dd className="inline">{when(task.completed)}</dd>
        </div>
      </dl>
    </div>
  );
}
