"use client";

import { format } from "date-fns";
import { useId } from "react";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { ChartLegend, chartStyle, ChartTooltip, seriesProps, type ChartKeyItem } from "@/components/ui/chart-parts";
import type { TrafficReport } from "@/lib/capabilities/network/traffic";

const HEIGHT = 240;
const gb = (value: number) => `${value} GB`;

/**
 * Inbound and outbound traffic of one address (Recharts), with a legend, tooltips and dated axes. Screen readers
 * get a text summary; the detailed table next to it carries every value.
 */
export function TrafficChart({ report }: { report: TrafficReport }) {
  const id = useId();
  const { buckets, bucket } = report;
  const items: ChartKeyItem[] = [
    { key: "inGb", label: `In (GB per ${bucket})`, colorClass: "text-brand-600 dark:text-brand-500" },
    { key: "outGb", label: `Out (GB per ${bucket})`, colorClass: "text-emerald-600 dark:text-emerald-400", dashed: true },
  ];
  const date = (start: string | number, pattern: string) => format(new Date(Number(start) * 1000), pattern);
  const peak = buckets.reduce((best, b) => (b.inGb + b.outGb > best.inGb + best.outGb ? b : best), buckets[0] ?? { start: 0, inGb: 0, outGb: 0 });
  return (
    <figure className="space-y-2">
      <div
        role="img"
        aria-label={`Traffic of ${report.ip} per ${bucket}`}
        aria-describedby={`${id}-desc`}
        data-testid="traffic-chart"
        className={chartStyle.box}
      >
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 560, height: HEIGHT }}>
          <ComposedChart data={buckets} margin={{ top: 4, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid {...chartStyle.grid} />
            <XAxis dataKey="start" {...chartStyle.axis} minTickGap={16} tickFormatter={(start: number) => date(start, bucket === "hour" ? "HH:mm" : "d MMM")} />
            <YAxis {...chartStyle.axis} width="auto" tickFormatter={gb} />
            <Tooltip
              cursor={chartStyle.cursor}
              isAnimationActive={false}
              content={(props) => (
                <ChartTooltip
                  {...props}
                  items={items}
                  formatValue={gb}
                  formatLabel={(start) => date(start, bucket === "hour" ? "d MMM HH:mm" : "EEE d MMM yyyy")}
                />
              )}
            />
            <Legend verticalAlign="top" align="left" content={() => <ChartLegend items={items} />} />
            <Area {...seriesProps(items[0]!, { dots: false })} fill="currentColor" fillOpacity={0.15} />
            <Line {...seriesProps(items[1]!, { dots: false })} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={`${id}-desc`} className="sr-only">
        {`${buckets.length} ${bucket}s: ${report.summary.inGb} GB in and ${report.summary.outGb} GB out in total; the busiest ${bucket} starts ${peak.start ? date(peak.start, "d MMM HH:mm") : "—"}.`}
      </figcaption>
    </figure>
  );
}
