import { useId } from "react";

import { cn } from "@/lib/ui/cn";

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Tailwind stroke/fill/text colour classes, light and dark. */
  colorClass: string;
  /** Fill the area under the line (the first series usually). */
  area?: boolean;
  /** A dashed line, e.g. a limit. */
  dashed?: boolean;
}

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 12, right: 12, bottom: 24, left: 52 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * A small line/area chart in plain SVG (no chart library is installed; recharts would be preferable).
 * Scales with its container, has a title and a summary for screen readers, and a data table they can read.
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
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...all));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? innerW / 2 : (i * innerW) / (labels.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);

  const path = (values: (number | null)[]) =>
    values
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .reduce<string[]>((parts, point, i) => {
        if (point) parts.push(`${parts.length === 0 || values[i - 1] === null ? "M" : "L"}${point}`);
        return parts;
      }, [])
      .join(" ");

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
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden>
        {series.map((s) => (
          <li key={s.label} className="flex items-center gap-1.5">
            <span className={cn("inline-block h-0.5 w-4", s.dashed ? "border-t-2 border-dashed border-current bg-transparent" : "bg-current", s.colorClass)} />
            <span className="text-slate-600 dark:text-slate-300">{s.label}</span>
          </li>
        ))}
      </ul>
      {labels.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">No data reported yet.</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={description ? `${id}-desc` : undefined}
          className="mt-2 h-auto w-full overflow-visible"
          preserveAspectRatio="xMidYMid meet"
        >
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200 dark:stroke-slate-800" strokeWidth={1} />
              <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-500 text-[12px] dark:fill-slate-400">
                {format(tick)}
              </text>
            </g>
          ))}
          {labels.map((label, i) => (
            <text key={`${label}-${i}`} x={x(i)} y={HEIGHT - 6} textAnchor="middle" className="fill-slate-500 text-[12px] dark:fill-slate-400">
              {label}
            </text>
          ))}
          {series.map((s) => {
            const line = path(s.values);
            if (!line) return null;
            const first = s.values.findIndex((v) => v !== null);
            const last = s.values.length - 1 - [...s.values].reverse().findIndex((v) => v !== null);
            return (
              <g key={s.label} className={s.colorClass}>
                {s.area ? <path d={`${line} L${x(last)},${y(0)} L${x(first)},${y(0)} Z`} className="fill-current opacity-15" /> : null}
                <path d={line} fill="none" className="stroke-current" strokeWidth={2} strokeDasharray={s.dashed ? "5 4" : undefined} strokeLinejoin="round" />
                {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className="fill-current" />))}
              </g>
            );
          })}
        </svg>
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
