import type { Gauge, GaugeKey } from "./types";

/** Resource figures are megabytes; shown in binary units. */
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

/** Used against limit, with a tone per threshold (75 % warns, 90 % is bad). */
export function gauge(key: GaugeKey, used: number | null | undefined, limit: number | null | undefined): Gauge {
  const u = used ?? null;
  const l = limit ?? null;
  const percent = u !== null && l !== null && l > 0 ? Math.min(100, Math.max(0, Math.round((u / l) * 1000) / 10)) : null;
  const tone = percent === null ? "neutral" : percent >= 90 ? "bad" : percent >= 75 ? "warn" : "good";
  const text =
    u === null && l === null
      ? "Not reported"
      : u === null
        ? `Limit ${formatMegabytes(l!)}`
        : l === null || l === 0
          ? `${formatMegabytes(u)} used`
          : `${formatMegabytes(u)} of ${formatMegabytes(l)}`;
  return { key, label: gaugeLabels[key], used: u, limit: l, percent, text, tone };
}

/** The CPU as cores × frequency, from whichever of the two the provider reports. */
export function cpuOf(cores: number | null | undefined, mhz: number | null | undefined) {
  const c = cores ?? null;
  const m = mhz ?? null;
  const parts = [c !== null ? `${c} ${c === 1 ? "core" : "cores"}` : null, m !== null ? `${(m / 1000).toFixed(1)} GHz` : null].filter(Boolean);
  return { cores: c, mhz: m, text: parts.length ? parts.join(" × ") : "Not reported" };
}
