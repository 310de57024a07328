import type { ProxyUsage } from "@/lib/capabilities/proxies/types";
import { cn } from "@/lib/ui/cn";

function formatAmount(value: number): string {
  return value >= 100 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
}

/** Traffic used this period against the plan's included traffic, as a bar (or plain text without a limit). */
export function UsageBar({ usage, included, error }: { usage: ProxyUsage | null; included: number | null; error?: string | null }) {
  if (!usage) return <span className="text-xs text-slate-500 dark:text-slate-400">{error ?? "Not reported"}</span>;
  const text =
    usage.percent === null ? `${formatAmount(usage.used)} ${usage.unit} used` : `${formatAmount(usage.used)} of ${formatAmount(included ?? 0)} ${usage.unit}`;
  if (usage.percent === null) return <span className="text-sm">{text}</span>;
  const tone = usage.percent >= 90 ? "bg-red-500" : usage.percent >= 75 ? "bg-amber-500" : "bg-emerald-500";
  return (
    <div className="min-w-[9rem]">
      <div
        role="meter"
        aria-label="Traffic used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={usage.percent}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className={cn("h-full rounded-full", tone)} style={{ width: `${usage.percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {text} ({usage.percent}%)
      </p>
    </div>
  );
}
