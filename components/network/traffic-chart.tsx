import { format } from "date-fns";
import { useId } from "react";

import type { TrafficReport } from "@/lib/capabilities/network/traffic";

/**
 * A small hand-drawn SVG chart of inbound and outbound traffic (no chart library is installed; one such as
 * Recharts would give tooltips and richer axes). The plot stretches to its box while lines keep their width;
 * axis labels are HTML so they stay readable at 375 px and at 1280 px. Screen readers get a text summary, and the
 * detailed table carries every value.
 */
export function TrafficChart({ report }: { report: TrafficReport }) {
  const id = useId();
  const buckets = report.buckets;
  const max = Math.max(0.001, ...buckets.map((bucket) => Math.max(bucket.inGb, bucket.outGb)));
  const x = (index: number) => (buckets.length <= 1 ? 50 : (index / (buckets.length - 1)) * 100);
  const y = (value: number) => 100 - (value / max) * 100;
  const line = (key: "inGb" | "outGb") => buckets.map((bucket, index) => `${x(index).toFixed(2)},${y(bucket[key]).toFixed(2)}`).join(" ");
  const area = buckets.length ? `0,100 ${line("inGb")} ${x(buckets.length - 1).toFixed(2)},100` : "";
  const pattern = report.bucket === "hour" ? "HH:mm" : "d MMM";
  const first = buckets[0];
  const middle = buckets[Math.floor(buckets.length / 2)];
  const last = buckets[buckets.length - 1];
  const peak = buckets.reduce((best, bucket) => (bucket.inGb + bucket.outGb > best.inGb + best.outGb ? bucket : best), buckets[0] ?? { start: 0, inGb: 0, outGb: 0 });
  const digits = max < 1 ? 2 : 1;

  return (
    <figure className="space-y-2">
      <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2">
        <div className="flex h-48 flex-col justify-between text-right text-xs tabular-nums text-slate-500 sm:h-56 dark:text-slate-400" aria-hidden>
          <span>{max.toFixed(digits)} GB</span>
          <span>{(max / 2).toFixed(digits)}</span>
          <span>0</span>
        </div>
        <div className="relative h-48 border-b border-l border-slate-300 sm:h-56 dark:border-slate-700">
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 h-full w-full overflow-visible" role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid="traffic-chart">
            <title id={`${id}-title`}>{`Traffic of ${report.ip} per ${report.bucket}`}</title>
            <desc id={`${id}-desc`}>
              {`${buckets.length} ${report.bucket}s: ${report.summary.inGb} GB in and ${report.summary.outGb} GB out in total; the busiest ${report.bucket} starts ${peak.start ? format(new Date(peak.start * 1000), "d MMM HH:mm") : "—"}.`}
            </desc>
            {[0, 50].map((level) => (
              <line key={level} x1={0} x2={100} y1={level} y2={level} vectorEffect="non-scaling-stroke" strokeDasharray="4 4" className="stroke-slate-200 dark:stroke-slate-700" />
            ))}
            <polygon points={area} className="fill-brand-500/15" />
            <polyline points={line("inGb")} fill="none" strokeWidth={2} vectorEffect="non-scaling-stroke" className="stroke-brand-600 dark:stroke-brand-100" />
            <polyline points={line("outGb")} fill="none" strokeWidth={2} strokeDasharray="6 3" vectorEffect="non-scaling-stroke" className="stroke-amber-500" />
          </svg>
        </div>
        <span aria-hidden />
        <div className="mt-1 flex justify-between text-xs text-slate-500 dark:text-slate-400" aria-hidden>
          <span>{first ? format(new Date(first.start * 1000), pattern) : ""}</span>
          <span className="hidden sm:inline">{middle && buckets.length > 2 ? format(new Date(middle.start * 1000), pattern) : ""}</span>
          <span>{last ? format(new Date(last.start * 1000), pattern) : ""}</span>
        </div>
      </div>
      <figcaption className="flex flex-wrap gap-4 text-xs text-slate-600 dark:text-slate-400">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-0.5 w-5 bg-brand-600" aria-hidden /> In (GB per {report.bucket})
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-0.5 w-5 border-t-2 border-dashed border-amber-500" aria-hidden /> Out (GB per {report.bucket})
        </span>
      </figcaption>
    </figure>
  );
}
