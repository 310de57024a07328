"use client";

import { useId } from "react";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { ChartLegend, chartStyle, ChartTooltip, seriesProps, type ChartKeyItem } from "@/components/ui/chart-parts";
import { cn } from "@/lib/ui/cn";

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Tailwind text colour classes, light and dark; the series is drawn in `currentColor`. */
  colorClass: string;
  /** Fill the area under the line (the first series usually). */
  area?: boolean;
  /** A dashed line, e.g. a limit. */
  dashed?: boolean;
}

const HEIGHT = 220;

/**
 * A small line/area chart (Recharts) with a legend, tooltips and readable axes. It has a title and a summary for
 * screen readers, and a data table they can read.
 */
export function UsageChart({
  title,
  description,
  labels,
  series,
  format,
  className,
}: {
  title: string;
  description?: string;
  labels: string[];
  series: ChartSeries[];
  format: (value: number) => string;
  className?: string;
}) {
  const id = useId();
  const items: ChartKeyItem[] = series.map((s, index) => ({ key: `s${index}`, label: s.label, colorClass: s.colorClass, dashed: s.dashed }));
  const rows = labels.map((label, i) => ({ label, ...Object.fromEntries(items.map((item, index) => [item.key, series[index]!.values[i] ?? null])) }));

  return (
    <figure className={cn("min-w-0", className)}>
      <figcaption id={`${id}-title`} className="text-sm font-medium">
        {title}
      </figcaption>
      {description ? (
        <p id={`${id}-desc`} className="text-xs text-slate-500 dark:text-slate-400">
          {description}
        </p>
      ) : null}
      {labels.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">No data reported yet.</p>
      ) : (
        <div role="img" aria-labelledby={`${id}-title`} aria-describedby={description ? `${id}-desc` : undefined} className={cn("mt-2", chartStyle.box)}>
          <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 560, height: HEIGHT }}>
            <ComposedChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid {...chartStyle.grid} />
              <XAxis dataKey="label" {...chartStyle.axis} interval="preserveStartEnd" minTickGap={8} />
              <YAxis {...chartStyle.axis} width="auto" tickFormatter={format} allowDecimals={false} />
              <Tooltip
                cursor={chartStyle.cursor}
                isAnimationActive={false}
                content={(props) => <ChartTooltip {...props} items={items} formatValue={format} />}
              />
              <Legend verticalAlign="top" align="left" content={() => <ChartLegend items={items} />} />
              {series.map((s, index) =>
                s.area ? (
                  <Area key={items[index]!.key} {...seriesProps(items[index]!, { dots: true })} fill="currentColor" fillOpacity={0.15} />
                ) : (
                  <Line key={items[index]!.key} {...seriesProps(items[index]!, { dots: true })} />
                ),
              )}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-slate-500 hover:text-slate-700 dark:text-slate-400 dark:hover:text-slate-200">Show data</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Month
                </th>
                {series.map((s) => (
                  <th key={s.label} scope="col" className="py-1 pr-3 font-medium">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={`${label}-${i}`} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {label}
                  </th>
                  {series.map((s) => (
                    <td key={s.label} className="py-1 pr-3 tabular-nums">
                      {s.values[i] == null ? "—" : format(s.values[i])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
