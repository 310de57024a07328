import { can, type Role } from "../../auth/permissions";
import type { ServerTask, TaskRow, TaskState } from "./types";

/** Who is reading: results may carry passwords, shown only to those who may change resources. */
export interface TaskReader {
  revealSecrets: boolean;
}

export const taskReaderFor = (role: Role): TaskReader => ({ revealSecrets: can(role, "resources:change") });

export const isActiveState = (state: TaskState) => state === "queued" || state === "running";

/** A task that has not finished yet (a server runs one at a time). */
export const isActiveTask = (task: ServerTask | null | undefined): task is ServerTask => Boolean(task && isActiveState(task.state));

/** Lines naming a password (reinstall, reset password, web console) are masked for readers who may not act. */
export function maskSecrets(results: string): string {
  return results.replace(/^(\s*(?:root\s+)?password\s*:\s*)(\S.*)$/gim, "$1•••••••• (hidden for your role)");
}

/** A task as this reader may see it: passwords masked and result links dropped unless they may act. */
export function taskForReader(task: ServerTask, reader: TaskReader): ServerTask {
  if (reader.revealSecrets) return task;
  return { ...task, results: task.results === null ? null : maskSecrets(task.results), links: [] };
}

/** Every task a server read carries (active, latest finished), as this reader may see them. */
export function tasksForReader<T extends { activeTask: ServerTask | null; lastTasks?: ServerTask[] }>(item: T, reader: TaskReader): T {
  if (reader.revealSecrets) return item;
  const activeTask = item.activeTask && taskForReader(item.activeTask, reader);
  return item.lastTasks ? { ...item, activeTask, lastTasks: item.lastTasks.map((task) => taskForReader(task, reader)) } : { ...item, activeTask };
}

/** Running first, then the newest. */
export function sortTasks<R extends Pick<TaskRow, "task">>(rows: R[]): R[] {
  return [...rows].sort((a, b) => {
    const activeA = isActiveState(a.task.state) ? 0 : 1;
    const activeB = isActiveState(b.task.state) ? 0 : 1;
    return activeA - activeB || (b.task.activated ?? "").localeCompare(a.task.activated ?? "");
  });
}
