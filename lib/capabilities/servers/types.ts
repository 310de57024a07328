/** Provider-neutral shapes the Servers and Tasks pages work with (plain data: safe to pass to the browser). */

/** The tasks Hostdeck can start on a server; a kind offers some or all of them. */
export const serverTaskVerbs = ["reboot", "reinstall", "reset-password", "web-console", "flush-firewall", "rename", "change-ptr", "change-dns"] as const;
export type ServerTaskVerb = (typeof serverTaskVerbs)[number];

export type TaskState = "queued" | "running" | "done" | "failed";

export interface ServerTask {
  /** The provider's task id (absent in some providers' lists of finished tasks). */
  id: string | null;
  /** What the task does: one of `serverTaskVerbs`, or the provider's own name for a task Hostdeck never starts. */
  name: string;
  /** "Reboot", "Reinstall"… */
  label: string;
  state: TaskState;
  activated: string | null;
  assigned: string | null;
  completed: string | null;
  /** The provider's result text; secrets are masked for readers who may not change resources. */
  results: string | null;
  /** Links found in the result (web console), safe to render as anchors; only for readers who may act. */
  links: { label: string; href: string }[];
}

export type GaugeKey = "ram" | "disk" | "bandwidth";

export interface Gauge {
  key: GaugeKey;
  label: string;
  /** Megabytes. */
  used: number | null;
  limit: number | null;
  /** 0–100, null when either side is unknown or the limit is 0. */
  percent: number | null;
  /** "1.7 GiB of 4 GiB" or "Not reported". */
  text: string;
  tone: "good" | "warn" | "bad" | "neutral";
}

export interface ServerRef {
  connectionId: string;
  connectionLabel: string;
  /** The provider kind's name, e.g. "Time4VPS". */
  providerLabel: string;
  serverId: string;
}

export interface ServerSummary extends ServerRef {
  hostname: string;
  label: string;
  ip: string;
  type: string;
  status: string;
  os: string;
  cpu: { cores: number | null; mhz: number | null; text: string };
  gauges: Gauge[];
  activeTask: ServerTask | null;
  /** The list loaded but this server's details did not. */
  detailError: string | null;
}

export interface ServerDetail extends ServerSummary {
  syncedAt: string | null;
  bandwidth: { inMb: number | null; outMb: number | null };
  additionalIps: { ip: string; ptr: string }[];
  dnsServers: string[];
  components: { id: string; name: string; selected: boolean }[];
  lastTasks: ServerTask[];
  /** The tasks this server's provider lets Hostdeck start. */
  actions: ServerTaskVerb[];
  /** The sections this server's provider can fill. */
  features: { usageHistory: boolean; usageGraphs: boolean };
}

export interface UsageMonth {
  /** "2025-03" */
  period: string;
  bwIn: number;
  bwOut: number;
  quotaUsage: number | null;
  quotaLimit: number | null;
  inodeUsage: number | null;
  inodeLimit: number | null;
}

export interface UsageGraph {
  type: string;
  /** "cpu", "memory", "traffic"… */
  resource: string;
  /** "daily", "weekly", "monthly", "yearly". */
  period: string;
  url: string;
}

export interface ReinstallOptions {
  oses: { value: string; label: string }[];
  scripts: { value: string; label: string }[];
}

export interface TaskRow extends ServerRef {
  hostname: string;
  task: ServerTask;
}

/** One connection's running and recent tasks, as the Tasks page lists them. */
export interface ConnectionTasks {
  rows: TaskRow[];
  checkedAt: string;
}

/** A server's active task and latest finished ones: what pages poll while a task runs. */
export interface ServerTasks {
  connectionId: string;
  serverId: string;
  hostname: string;
  activeTask: ServerTask | null;
  lastTasks: ServerTask[];
  checkedAt: string;
}

/** What a server action answers once the provider took the task. */
export interface StartedTask {
  taskId: string;
  serverId: string;
  connectionId: string;
}
