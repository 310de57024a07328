import type { z } from "zod";

import { cpuOf, gauge } from "@/lib/capabilities/servers/resources";
import { taskLabel } from "@/lib/capabilities/servers/task-label";
import type {
  Gauge,
  ReinstallOptions,
  ServerDetail,
  ServerRef,
  ServerSummary,
  ServerTask,
  ServerTaskVerb,
  TaskState,
  UsageGraph,
  UsageMonth,
} from "@/lib/capabilities/servers/types";

import type {
  initScriptListResponse,
  osListResponse,
  serverDetailsResponse,
  serverSummarySchema,
  taskSchema,
  usageGraphsResponse,
  usageHistoryResponse,
} from "../time4vps-schemas/servers";

export type ProviderTask = z.output<typeof taskSchema>;
export type ProviderServerSummary = z.output<typeof serverSummarySchema>;
export type ProviderServerDetails = z.output<typeof serverDetailsResponse>;

/** Time4VPS's task names → the verbs Hostdeck starts them with. */
const verbOf: Record<string, ServerTaskVerb> = {
  server_reboot: "reboot",
  server_recreate: "reinstall",
  server_reset_password: "reset-password",
  server_web_console: "web-console",
  server_flush_iptables: "flush-firewall",
  server_rename: "rename",
  server_change_ptr: "change-ptr",
  server_change_dns: "change-dns",
};

/** A Time4VPS task name as the console names tasks: a verb, or the provider's name without its `server_` prefix. */
export function time4vpsTaskName(name: string): string {
  return verbOf[name] ?? name.replace(/^server_/, "");
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

/** A server whose task has not completed: its state is read as task state (a poll's moment), not as a detail. */
export function hasTaskInProgress(details: Pick<ProviderServerDetails, "active_task">): boolean {
  return Boolean(details.active_task && !present(details.active_task.completed));
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

/** One task, unmasked (the domain masks per reader). */
export function mapTask(task: ProviderTask): ServerTask {
  const name = time4vpsTaskName(task.name);
  const results = present(task.results);
  return {
    id: task.id ?? null,
    name,
    label: taskLabel(name),
    state: taskState(task),
    activated: present(task.activated),
    assigned: present(task.assigned),
    completed: present(task.completed),
    results,
    links: resultLinks(results),
  };
}

/** `last_tasks` is a list or an object keyed by task name; newest first either way. */
export function mapLastTasks(lastTasks: ProviderServerDetails["last_tasks"]): ServerTask[] {
  const list = Array.isArray(lastTasks) ? lastTasks : Object.values(lastTasks ?? {});
  return list.map(mapTask).sort((a, b) => (b.activated ?? "").localeCompare(a.activated ?? ""));
}

/** Time4VPS reports megabytes; bandwidth use counts traffic both ways against the monthly limit. */
export function gaugesOf(
  details: Pick<ProviderServerDetails, "ram_used" | "ram_limit" | "disk_usage" | "disk_limit" | "bw_in" | "bw_out" | "bw_limit">,
): Gauge[] {
  const bw = details.bw_in == null && details.bw_out == null ? null : (details.bw_in ?? 0) + (details.bw_out ?? 0);
  return [gauge("ram", details.ram_used, details.ram_limit), gauge("disk", details.disk_usage, details.disk_limit), gauge("bandwidth", bw, details.bw_limit)];
}

const hostnameOf = (serverId: string, ...names: (string | null | undefined)[]) => names.find((name) => name?.trim()) || `Server ${serverId}`;

export function summaryOf(
  ref: ServerRef,
  listed: ProviderServerSummary,
  details: ProviderServerDetails | null,
  detailError: string | null = null,
): ServerSummary {
  return {
    ...ref,
    hostname: hostnameOf(ref.serverId, details?.domain, listed.domain),
    label: details?.label || listed.label || "",
    ip: details?.ip || listed.ip || "",
    type: listed.type ?? "",
    status: details?.status ?? "",
    os: details?.os ?? "",
    cpu: details ? cpuOf(details.cpu_cores, details.cpu_frequency) : cpuOf(null, null),
    gauges: details ? gaugesOf(details) : [],
    activeTask: details?.active_task ? mapTask(details.active_task) : null,
    detailError,
  };
}

/** The server's page: its details, with the PTR of each additional IP where the IP list names one. */
export function detailOf(
  ref: ServerRef,
  details: ProviderServerDetails,
  additionalIps: { ip: string; ptr?: string }[],
): Omit<ServerDetail, "actions" | "features"> {
  const summary = summaryOf(ref, { server_id: ref.serverId }, details);
  const ptrOf = new Map(additionalIps.map((item) => [item.ip, item.ptr ?? ""]));
  const ips = details.additional_ip?.length ? details.additional_ip : additionalIps.map((item) => item.ip);
  return {
    ...summary,
    syncedAt: details.synch_date ?? null,
    bandwidth: { inMb: details.bw_in ?? null, outMb: details.bw_out ?? null },
    additionalIps: ips.map((ip) => ({ ip, ptr: ptrOf.get(ip) ?? "" })),
    dnsServers: details.dns_servers ?? [],
    components: (details.components ?? []).map((component) => ({ id: component.id, name: component.name, selected: component.selected ?? false })),
    lastTasks: mapLastTasks(details.last_tasks),
  };
}

export function usageHistoryOf(history: z.output<typeof usageHistoryResponse>): UsageMonth[] {
  return [...history]
    .sort((a, b) => a.year - b.year || a.month - b.month)
    .map((month) => ({
      period: `${month.year}-${String(month.month).padStart(2, "0")}`,
      bwIn: month.bw_in,
      bwOut: month.bw_out,
      quotaUsage: month.quota_usage ?? null,
      quotaLimit: month.quota_limit ?? null,
      inodeUsage: month.inode_usage ?? null,
      inodeLimit: month.inode_limit ?? null,
    }));
}

/**
 * Time4VPS answers protocol-relative links (`//host/graph.php?…`). They are made absolute: https for the
 * provider, http only for a loopback sandbox. Anything else than http(s) is dropped.
 */
export function absoluteGraphUrl(url: string): string | null {
  const withScheme = url.startsWith("//") ? `${/^\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/)/.test(url) ? "http:" : "https:"}${url}` : url;
  try {
    const parsed = new URL(withScheme);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Graph types are `<resource>_<period>`, e.g. `cpu_daily`. */
export function graphsOf(graphs: z.output<typeof usageGraphsResponse>): UsageGraph[] {
  return graphs.flatMap((graph) => {
    const url = absoluteGraphUrl(graph.url);
    if (!url) return [];
    const [resource = graph.type, period = ""] = graph.type.split("_");
    return [{ type: graph.type, resource, period, url }];
  });
}

export function reinstallOptionsOf(oses: z.output<typeof osListResponse>, scripts: z.output<typeof initScriptListResponse>): ReinstallOptions {
  return {
    oses: oses.map((os) => ({ value: os.os, label: os.title || os.os })),
    scripts: scripts.map((script) => ({ value: script.id, label: script.syntax ? `${script.name} (${script.syntax})` : script.name })),
  };
}
