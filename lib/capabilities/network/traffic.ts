/** Traffic of one address, as the chart and the detailed table show it. */
export interface TrafficBucket {
  /** Start of the bucket, unix seconds. */
  start: number;
  inGb: number;
  outGb: number;
}

export interface TrafficReport {
  ip: string;
  from: number;
  to: number;
  /** "hour" for periods up to two days, otherwise "day". */
  bucket: "hour" | "day";
  summary: { inGb: number; outGb: number };
  buckets: TrafficBucket[];
}

const GB = 1e9;
const HOUR = 3600;
const DAY = 86_400;

/** Sums the provider's points (bytes) into hourly or daily buckets (UTC), in GB. */
export function bucketTraffic(
  points: readonly { timestamp: number; in: number; out: number }[],
  from: number,
  to: number,
): Pick<TrafficReport, "bucket" | "buckets"> {
  const bucket = to - from <= 2 * DAY ? "hour" : "day";
  const size = bucket === "hour" ? HOUR : DAY;
  const sums = new Map<number, { in: number; out: number }>();
  for (let start = Math.floor(from / size) * size; start < to; start += size) sums.set(start, { in: 0, out: 0 });
  for (const point of points) {
    const start = Math.floor(point.timestamp / size) * size;
    const sum = sums.get(start) ?? { in: 0, out: 0 };
    sum.in += point.in;
    sum.out += point.out;
    sums.set(start, sum);
  }
  const buckets = [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([start, sum]) => ({ start, inGb: round(sum.in / GB), outGb: round(sum.out / GB) }));
  return { bucket, buckets };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Period presets of the traffic form, in days. */
export const trafficPeriods = [
  { value: "1", label: "Last 24 hours" },
  { value: "7", label: "Last 7 days" },
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
] as const;
