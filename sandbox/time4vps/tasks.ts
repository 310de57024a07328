import { createHash } from "node:crypto";

import { iso } from "./dates";
import type { Server, Task, TaskName, Time4vpsData } from "./state";

/**
 * Server actions are asynchronous at Time4VPS: a task is activated at once, assigned to a worker one
 * step later and completed one more step later; only then does its effect show (new hostname, new OS…).
 * State is computed from timestamps on every read, so no timers run in the sandbox.
 */

export function assignedAt(task: Task): number {
  const planned = task.activatedAt + task.stepMs;
  return task.completedEarly !== undefined ? Math.min(planned, task.completedEarly) : planned;
}

export function completedAt(task: Task): number {
  return task.completedEarly ?? task.activatedAt + 2 * task.stepMs;
}

/** The document's Task Result shape: empty strings until a step has happened. */
export function taskView(task: Task, now: number) {
  const assigned = assignedAt(task) <= now ? iso(assignedAt(task)) : "";
  const done = completedAt(task) <= now;
  return {
    id: task.id,
    name: task.name,
    activated: iso(task.activatedAt),
    assigned,
    completed: done ? iso(completedAt(task)) : "",
    results: done ? task.results : "",
  };
}

export function activeTask(data: Time4vpsData, serverId: string, now: number): Task | undefined {
  return data.tasks.find((task) => task.server_id === serverId && completedAt(task) > now);
}

/** The latest finished task per name, newest first, as the WHMCS module reads `last_tasks`. */
export function lastTasks(data: Time4vpsData, serverId: string, now: number): Task[] {
  const latest = new Map<string, Task>();
  for (const task of data.tasks) {
    if (task.server_id !== serverId || completedAt(task) > now) continue;
    const seen = latest.get(task.name);
    if (!seen || seen.activatedAt <= task.activatedAt) latest.set(task.name, task);
  }
  return [...latest.values()].sort((a, b) => b.activatedAt - a.activatedAt);
}

export function findTask(data: Time4vpsData, serverId: string, ref: string): Task | undefined {
  if (/^\d+$/.test(ref)) return data.tasks.find((task) => task.server_id === serverId && task.id === Number(ref));
  let found: Task | undefined;
  for (const task of data.tasks) {
    if (task.server_id === serverId && task.name === ref && (!found || found.activatedAt <= task.activatedAt)) found = task;
  }
  return found;
}

export function startTask(
  data: Time4vpsData,
  serverId: string,
  name: TaskName,
  params: Record<string, string>,
  now: number,
  options: { fails?: boolean } = {},
): Task {
  const task: Task = {
    ...(options.fails ? { fails: true } : {}),
    id: data.counters.task++,
    server_id: serverId,
    name,
    activatedAt: now,
    stepMs: data.stepMs,
    params,
    results: "",
    applied: false,
  };
  data.tasks.push(task);
  return task;
}

export function completeAllTasks(data: Time4vpsData, now: number): number {
  let count = 0;
  for (const task of data.tasks) {
    if (completedAt(task) > now) {
      task.completedEarly = now;
      count += 1;
    }
  }
  settleTasks(data, now);
  return count;
}

/** Deterministic but unguessable-looking passwords: same sandbox run, same answers. */
function generatedPassword(seed: string): string {
  const raw = createHash("sha256")
    .update(seed)
    .digest("base64")
    .replace(/[^A-Za-z0-9]/g, "");
  return `${raw.slice(0, 6)}K${raw.slice(6, 12)}7${raw.slice(12, 14)}`;
}

const effects: Record<TaskName, (server: Server, task: Task, now: number) => string> = {
  server_reboot: () => "VM rebooted successfully",
  server_recreate: (server, task) => {
    const title = server.oses.find((os) => os.os === task.params.os)?.title ?? task.params.os ?? server.os;
    server.os = task.params.os ?? server.os;
    server.ram_used = Math.round(server.ram_limit * 0.08);
    server.disk_usage = Math.round(server.disk_limit * 0.05);
    const user = server.os.startsWith("kvm-win") ? "Administrator" : "root";
    return `Server reinstalled with ${title}.\nUsername: ${user}\nPassword: ${generatedPassword(`recreate-${task.id}`)}`;
  },
  server_reset_password: (_server, task) => `Password: ${generatedPassword(`reset-${task.id}`)}`,
  server_web_console: (server, task, now) => {
    const hours = Number((task.params.timeout ?? "1h").replace("h", ""));
    const host = task.params.whitelabel === "true" ? "vnc.serverhost.name" : "console.time4vps.com";
    return [
      `VNC host: ${host}`,
      `Port: ${5900 + (Number(server.id) % 100)}`,
      `Password: ${generatedPassword(`vnc-${task.id}`).slice(0, 8)}`,
      `Valid until: ${iso(now + hours * 3_600_000)}`,
    ].join("\n");
  },
  server_rename: (server, task) => {
    server.domain = task.params.hostname ?? server.domain;
    server.ptr[server.ip] = server.domain;
    return `Hostname changed to ${server.domain}`;
  },
  server_change_ptr: (server, task) => {
    const ip = task.params.ip_address ?? "";
    server.ptr[ip] = task.params.hostname ?? "";
    return `PTR record for ${ip} changed to ${server.ptr[ip]}`;
  },
  server_flush_iptables: () => "Firewall rules were flushed to defaults",
  server_change_dns: (server, task) => {
    server.dns_servers = ["ns1", "ns2", "ns3", "ns4"].map((key) => task.params[key] ?? "").filter(Boolean);
    return `DNS servers changed to ${server.dns_servers.join(", ")}`;
  },
};

/**
 * The document shows no failed task; Time4VPS reports the outcome only in `results`, so a failure is an error
 * sentence there (wording invented, in the style of its success results) and the server is left as it was.
 */
function failureResult(task: Task): string {
  const what = task.name.replace(/^server_/, "").replace(/_/g, " ");
  return `Task failed: ${what} could not be completed (error: the hypervisor did not respond). Nothing was changed.`;
}

/** Applies the effect of every task that has completed by `now`, once. */
export function settleTasks(data: Time4vpsData, now: number): void {
  for (const task of data.tasks) {
    if (task.applied || completedAt(task) > now) continue;
    const server = data.servers.find((candidate) => candidate.id === task.server_id);
    task.applied = true;
    if (task.fails) task.results = failureResult(task);
    else if (server) task.results = effects[task.name](server, task, completedAt(task));
  }
}
