import type { Gauge } from "@/lib/capabilities/servers/types";
import { cn } from "@/lib/ui/cn";

const barTones = {
  good: "bg-emerald-500",
  warn: "bg-amber-500",
  bad: "bg-red-500",
  neutral: "bg-slate-400",
} as const;

/** Used vs limit as a labelled meter bar; screen readers get the percentage and the figures. */
export function ResourceGauge({ gauge, className }: { gauge: Gauge; className?: string }) {
  const percent = gauge.percent ?? 0;
  return (
    <div className={cn("min-w-0", className)} data-testid={`gauge-${gauge.key}`}>
      <div className="flex items-baseline justify-between gap-2 text-xs">
        <span className="font-medium text-slate-700 dark:text-slate-200">{gauge.label}</span>
        <span className="tabular-nums text-slate-500 dark:text-slate-400">{gauge.percent === null ? "—" : `${gauge.percent}%`}</span>
      </div>
      <div
        role="meter"
        aria-label={`${gauge.label} used`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={gauge.percent ?? undefined}
        aria-valuetext={gauge.percent === null ? gauge.text : `${gauge.percent}%: ${gauge.text}`}
        className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className={cn("h-full rounded-full", barTones[gauge.tone])} style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 truncate text-xs text-slate-500 dark:text-slate-400">{gauge.text}</p>
    </div>
  );
}
