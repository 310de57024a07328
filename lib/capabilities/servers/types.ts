/** Provider-neutral shapes the Servers and Tasks pages work with (plain data: safe to pass to the browser). */

export type TaskState = "queued" | "running" | "done" | "failed";

export interface ServerTask {
  /** The provider's task id (absent in some `last_tasks` answers). */
  id: string | null;
  /** Provider task name, e.g. `server_reboot`. */
  name: string;
  /** "Reboot", "Reinstall"… */
  label: string;
  state: TaskState;
  activated: string | null;
  assigned: string | null;
  completed: string | null;
  /** The provider's result text, secrets masked unless the reader may change resources. */
  results: string | null;
  /** Links found in the result (web console), safe to render as anchors. */
  links: { label: string; href: string }[];
}

export type GaugeKey = "ram" | "disk" | "bandwidth";

export interface Gauge {
  key: GaugeKey;
  label: string;
  /** Megabytes, as Time4VPS reports them. */
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
  resource: string;
  period: string;
  url: string;
}

export interface TaskRow extends ServerRef {
  hostname: string;
  task: ServerTask;
}

export interface ConnectionFailure {
  connectionId: string;
  label: string;
  kindLabel: string;
  message: string;
}

export interface TeamTasks {
  rows: TaskRow[];
  failures: ConnectionFailure[];
  checkedAt: string;
}

export interface ServerTasks {
  connectionId: string;
  serverId: string;
  hostname: string;
  activeTask: ServerTask | null;
  lastTasks: ServerTask[];
  checkedAt: string;
}
