import type { z } from "zod";

import type { taskSchema } from "../../providers/hostbill/time4vps-schemas/servers";
import type { ServerTask, TaskRow, TaskState } from "./types";

export type ProviderTask = z.output<typeof taskSchema>;

const taskLabels: Record<string, string> = {
  server_reboot: "Reboot",
  server_recreate: "Reinstall",
  server_reset_password: "Reset password",
  server_web_console: "Web console",
  server_flush_iptables: "Flush firewall",
  server_rename: "Rename",
  server_change_ptr: "Change PTR",
  server_change_dns: "Change DNS servers",
};

export function taskLabel(name: string): string {
  return taskLabels[name] ?? name.replace(/^server_/, "").replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

const present = (value: string | null | undefined) => (value && value.trim() ? value : null);

/** Time4VPS reports no failure flag: a finished task whose result speaks of an error or failure is failed. */
const failureWords = /\b(fail(ed|ure)?|error|unable|could not|cannot)\b/i;

/**
 * Time4VPS's task steps: `activated` at once, `assigned` (empty string until a worker takes it), `completed`
 * (empty until done). Queued → running → done, or failed when the result says so.
 */
export function taskState(task: Pick<ProviderTask, "assigned" | "completed" | "results">): TaskState {
  if (present(task.completed)) return failureWords.test(task.results ?? "") ? "failed" : "done";
  return present(task.assigned) ? "running" : "queued";
}

export const isActiveState = (state: TaskState) => state === "queued" || state === "running";

/** Lines naming a password (reinstall, reset password, web console) are masked for readers who may not act. */
export function maskSecrets(results: string): string {
  return results.replace(/^(\s*(?:root\s+)?password\s*:\s*)(\S.*)$/gim, "$1•••••••• (hidden for your role)");
}

/** Links a task result offers: http(s) URLs as given, and the VNC address of a web console. */
export function resultLinks(results: string | null): { label: string; href: string }[] {
  if (!results) return [];
  const links: { label: string; href: string }[] = [];
  for (const match of results.matchAll(/https?:\/\/[^\s"'<>]+/g)) links.push({ label: "Open link", href: match[0] });
  const host = /^\s*VNC host\s*:\s*([A-Za-z0-9.-]+)\s*$/im.exec(results)?.[1];
  const port = /^\s*Port\s*:\s*(\d{2,5})\s*$/im.exec(results)?.[1];
  if (host && port) links.push({ label: `Open console (vnc://${host}:${port})`, href: `vnc://${host}:${port}` });
  return links;
}

export function mapTask(task: ProviderTask, options: { revealSecrets: boolean }): ServerTask {
  const state = taskState(task);
  const raw = present(task.results);
  return {
    id: task.id ?? null,
    name: task.name,
    label: taskLabel(task.name),
    state,
    activated: present(task.activated),
    assigned: present(task.assigned),
    completed: present(task.completed),
    results: raw && !options.revealSecrets ? maskSecrets(raw) : raw,
    links: options.revealSecrets ? resultLinks(raw) : [],
  };
}

/** `last_tasks` is a list or an object keyed by task name; newest first either way. */
export function mapLastTasks(lastTasks: ProviderTask[] | Record<string, ProviderTask> | null | undefined, options: { revealSecrets: boolean }): ServerTask[] {
  const list = Array.isArray(lastTasks) ? lastTasks : Object.values(lastTasks ?? {});
  return list.map((task) => mapTask(task, options)).sort((a, b) => (b.activated ?? "").localeCompare(a.activated ?? ""));
}

/** Running first, then the newest. */
export function sortTasks<R extends Pick<TaskRow, "task">>(rows: R[]): R[] {
  return [...rows].sort((a, b) => {
    const activeA = isActiveState(a.task.state) ? 0 : 1;
    const activeB = isActiveState(b.task.state) ? 0 : 1;
    return activeA - activeB || (b.task.activated ?? "").localeCompare(a.task.activated ?? "");
  });
}
