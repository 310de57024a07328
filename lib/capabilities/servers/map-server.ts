import type { z } from "zod";

import type { serverDetailsResponse, serverSummarySchema, usageHistoryResponse } from "../../providers/hostbill/time4vps-schemas/servers";
import { mapLastTasks, mapTask } from "./map-task";
import type { Gauge, GaugeKey, ServerDetail, ServerRef, ServerSummary, UsageMonth } from "./types";

export type ProviderServerSummary = z.output<typeof serverSummarySchema>;
export type ProviderServerDetails = z.output<typeof serverDetailsResponse>;
export type ProviderUsageHistory = z.output<typeof usageHistoryResponse>;

/** Time4VPS reports RAM, disk and bandwidth in megabytes. */
export function formatMegabytes(mb: number): string {
  if (mb < 1024) return `${Math.round(mb)} MiB`;
  const units = ["GiB", "TiB", "PiB"];
  let value = mb / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit]}`;
}

const gaugeLabels: Record<GaugeKey, string> = { ram: "RAM", disk: "Disk", bandwidth: "Bandwidth" };

export function gauge(key: GaugeKey, used: number | null | undefined, limit: number | null | undefined): Gauge {
  const u = used ?? null;
  const l = limit ?? null;
  const percent = u !== null && l !== null && l > 0 ? Math.min(100, Math.max(0, Math.round((u / l) * 1000) / 10)) : null;
  const tone = percent === null ? "neutral" : percent >= 90 ? "bad" : percent >= 75 ? "warn" : "good";
  const text =
    u === null && l === null ? "Not reported" : u === null ? `Limit ${formatMegabytes(l!)}` : l === null || l === 0 ? `${formatMegabytes(u)} used` : `${formatMegabytes(u)} of ${formatMegabytes(l)}`;
  return { key, label: gaugeLabels[key], used: u, limit: l, percent, text, tone };
}

/** Bandwidth use counts traffic both ways against the monthly limit. */
export function gaugesOf(details: ProviderServerDetails): Gauge[] {
  const bw = details.bw_in == null && details.bw_out == null ? null : (details.bw_in ?? 0) + (details.bw_out ?? 0);
  return [gauge("ram", details.ram_used, details.ram_limit), gauge("disk", details.disk_usage, details.disk_limit), gauge("bandwidth", bw, details.bw_limit)];
}

export function cpuOf(details: Pick<ProviderServerDetails, "cpu_cores" | "cpu_frequency">) {
  const cores = details.cpu_cores ?? null;
  const mhz = details.cpu_frequency ?? null;
  const parts = [cores !== null ? `${cores} ${cores === 1 ? "core" : "cores"}` : null, mhz !== null ? `${(mhz / 1000).toFixed(1)} GHz` : null].filter(Boolean);
  return { cores, mhz, text: parts.length ? parts.join(" × ") : "Not reported" };
}

export function summaryOf(ref: ServerRef, listed: ProviderServerSummary, details: ProviderServerDetails | null, options: { revealSecrets: boolean; detailError?: string }): ServerSummary {
  return {
    ...ref,
    hostname: details?.domain || listed.domain || `Server ${ref.serverId}`,
    label: details?.label || listed.label || "",
    ip: details?.ip || listed.ip || "",
    type: listed.type ?? "",
    status: details?.status ?? "",
    os: details?.os ?? "",
    cpu: details ? cpuOf(details) : { cores: null, mhz: null, text: "Not reported" },
    gauges: details ? gaugesOf(details) : [],
    activeTask: details?.active_task ? mapTask(details.active_task, options) : null,
    detailError: options.detailError ?? null,
  };
}

export function detailOf(ref: ServerRef, details: ProviderServerDetails, extra: { type?: string; additionalIps: { ip: string; ptr?: string }[] }, options: { revealSecrets: boolean }): ServerDetail {
  const summary = summaryOf(ref, { server_id: ref.serverId, type: extra.type }, details, options);
  const ptrOf = new Map(extra.additionalIps.map((item) => [item.ip, item.ptr ?? ""]));
  const ips = details.additional_ip?.length ? details.additional_ip : extra.additionalIps.map((item) => item.ip);
  return {
    ...summary,
    syncedAt: details.synch_date ?? null,
    bandwidth: { inMb: details.bw_in ?? null, outMb: details.bw_out ?? null },
    additionalIps: ips.map((ip) => ({ ip, ptr: ptrOf.get(ip) ?? "" })),
    dnsServers: details.dns_servers ?? [],
    components: (details.components ?? []).map((component) => ({ id: component.id, name: component.name, selected: component.selected ?? false })),
    lastTasks: mapLastTasks(details.last_tasks, options),
  };
}

export function usageHistoryOf(history: ProviderUsageHistory): UsageMonth[] {
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
