import { toInt } from "./ipv4";

export const HOUR_SECONDS = 3600;
/** How far back the traffic collector keeps hourly samples. */
export const HISTORY_HOURS = 90 * 24;

export interface TrafficPoint {
  /** Start of the hour, unix seconds. */
  timestamp: number;
  /** Bytes in and out during that hour. */
  in: number;
  out: number;
}

/** A stable 0..1 value per address, hour and direction: the same hour always shows the same traffic. */
function noise(seed: number, hour: number, direction: number): number {
  let x = (Math.imul(seed, 374_761_393) + Math.imul(hour, 668_265_263) + Math.imul(direction, 2_246_822_519)) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 1_274_126_177) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}

/** Busier in the (European) evening, quieter at night. */
function dailyShape(hour: number): number {
  const hourOfDay = ((hour % 24) + 24) % 24;
  return 0.65 + 0.35 * Math.sin(((hourOfDay - 12) / 24) * 2 * Math.PI);
}

/** Hourly samples between two instants (unix seconds), within the kept history up to the current hour. */
export function trafficPoints(ip: string, profile: { in: number; out: number } | undefined, start: number, stop: number, nowSeconds: number): TrafficPoint[] {
  if (!profile) return [];
  const seed = ip.includes(":") ? 1 : toInt(ip);
  const currentHour = Math.floor(nowSeconds / HOUR_SECONDS);
  const firstHour = Math.max(Math.ceil(start / HOUR_SECONDS), currentHour - HISTORY_HOURS + 1);
  const lastHour = Math.min(Math.floor(stop / HOUR_SECONDS), currentHour);
  const points: TrafficPoint[] = [];
  for (let hour = firstHour; hour <= lastHour; hour += 1) {
    const shape = dailyShape(hour);
    points.push({
      timestamp: hour * HOUR_SECONDS,
      in: Math.round(profile.in * shape * (0.75 + 0.5 * noise(seed, hour, 0))),
      out: Math.round(profile.out * shape * (0.75 + 0.5 * noise(seed, hour, 1))),
    });
  }
  return points;
}

/** Invoices are cut on the first of the month (UTC): anything since then is unbilled. */
export function billedUntil(nowSeconds: number): number {
  const now = new Date(nowSeconds * 1000);
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000;
}

/** "2025-06-01 00:00:00", the way the provider words dates in its messages. */
export function formatDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19).replace("T", " ");
}
