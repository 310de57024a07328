import type { TooltipContentProps } from "recharts";

import { cn } from "@/lib/ui/cn";

/** One plotted series: its data key, its name, and Tailwind text-colour classes (light and dark) drawn as `currentColor`. */
export interface ChartKeyItem {
  key: string;
  label: string;
  colorClass: string;
  dashed?: boolean;
}

/** A neutral slate that reads on white and on slate-900; strokes use it with some opacity. */
const NEUTRAL = "#64748b";

/** Shared axis, grid and cursor styling; tick text takes the chart box's text colour. */
export const chartStyle = {
  axis: { stroke: NEUTRAL, strokeOpacity: 0.5, tickLine: false, tick: { fill: "currentColor", fontSize: 12 } },
  grid: { stroke: NEUTRAL, strokeOpacity: 0.25, strokeDasharray: "3 3", vertical: false },
  cursor: { stroke: NEUTRAL, strokeOpacity: 0.5 },
  box: "text-slate-500 dark:text-slate-400",
} as const;

/** Props every drawn series (Line or Area) shares: `currentColor` under the item's colour class, no animation. */
export function seriesProps(item: ChartKeyItem, { dots }: { dots: boolean }) {
  // Dots are drawn in a layer of their own, so they carry the colour class themselves (and not an area's opacity).
  const dot = (r: number) => ({ r, fill: "currentColor", fillOpacity: 1, strokeWidth: 0, className: item.colorClass });
  return {
    dataKey: item.key,
    name: item.label,
    className: item.colorClass,
    type: "linear",
    stroke: "currentColor",
    strokeWidth: 2,
    strokeDasharray: item.dashed ? "5 4" : undefined,
    dot: dots ? dot(2.5) : false,
    activeDot: dot(4),
    isAnimationActive: false,
  } as const;
}

function Swatch({ item }: { item: ChartKeyItem }) {
  return <span className={cn("inline-block h-0 w-4 border-t-2 border-current", item.dashed && "border-dashed", item.colorClass)} aria-hidden />;
}

/** The legend: a swatch and a name per series. */
export function ChartLegend({ items }: { items: ChartKeyItem[] }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <Swatch item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Tooltip content in the console's own colours (light and dark), one row per series with a formatted value. */
export function ChartTooltip({
  active,
  label,
  payload,
  items,
  formatLabel = String,
  formatValue,
}: Pick<TooltipContentProps, "active" | "label" | "payload"> & {
  items: ChartKeyItem[];
  formatLabel?: (label: string | number) => string;
  formatValue: (value: number) => string;
}) {
  if (!active || !payload?.length || label === undefined) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
      <p className="font-medium text-slate-900 dark:text-slate-100">{formatLabel(label)}</p>
      <ul className="mt-1 space-y-0.5">
        {items.map((item) => {
          const value = payload.find((entry) => entry.dataKey === item.key)?.value;
          return (
            <li key={item.key} className="flex items-center gap-1.5 text-slate-600 dark:text-slate-300">
              <Swatch item={item} />
              {item.label}: <span className="tabular-nums">{typeof value === "number" ? formatValue(value) : "—"}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
