"use client";

import { format } from "date-fns";

import { UsageChart } from "@/components/servers/usage-chart";
import { formatMegabytes } from "@/lib/capabilities/servers/resources";
import type { UsageMonth } from "@/lib/capabilities/servers/types";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
/** "2025-03" → "Mar 25"; a local date so the month is the same in every time zone. */
const monthLabel = (period: string) => {
  const [year, month] = period.split("-").map(Number);
  return format(new Date(year!, month! - 1, 1), "MMM yy");
};

/**
 * The usage history's charts (bandwidth in/out, disk quota, inodes). A client component: the charts take value
 * formatters, which cannot cross from the server.
 */
export function UsageCharts({ months }: { months: UsageMonth[] }) {
  const labels = months.map((month) => monthLabel(month.period));
  const hasQuota = months.some((month) => month.quotaUsage !== null);
  const hasInodes = months.some((month) => month.inodeUsage !== null);
  return (
    <div className="mt-3 grid gap-6">
      <UsageChart
        title="Bandwidth"
        description={`Monthly traffic in and out, ${months[0]!.period} to ${months.at(-1)!.period}.`}
        labels={labels}
        format={formatMegabytes}
        series={[
          { label: "In", values: months.map((m) => m.bwIn), colorClass: "text-brand-600 dark:text-brand-500", area: true },
          { label: "Out", values: months.map((m) => m.bwOut), colorClass: "text-emerald-600 dark:text-emerald-400" },
        ]}
      />
      {hasQuota ? (
        <UsageChart
          title="Disk quota"
          description="Disk space used against the quota, per month."
          labels={labels}
          format={formatMegabytes}
          series={[
            { label: "Used", values: months.map((m) => m.quotaUsage), colorClass: "text-violet-600 dark:text-violet-400", area: true },
            { label: "Quota", values: months.map((m) => m.quotaLimit), colorClass: "text-slate-500 dark:text-slate-400", dashed: true },
          ]}
        />
      ) : null}
      {hasInodes ? (
        <UsageChart
          title="Inodes"
          description="Files and directories against the inode limit, per month."
          labels={labels}
          format={(value) => compact.format(value)}
          series={[
            { label: "Used", values: months.map((m) => m.inodeUsage), colorClass: "text-amber-600 dark:text-amber-400", area: true },
            { label: "Limit", values: months.map((m) => m.inodeLimit), colorClass: "text-slate-500 dark:text-slate-400", dashed: true },
          ]}
        />
      ) : null}
    </div>
  );
}
