import { UsageChart } from "@/components/servers/usage-chart";
import { Card } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { describeFailure } from "@/lib/capabilities/servers/client";
import { getUsageHistory } from "@/lib/capabilities/servers/get-usage";
import { formatMegabytes } from "@/lib/capabilities/servers/map-server";
import type { UsageMonth } from "@/lib/capabilities/servers/types";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const monthLabel = (period: string) => {
  const [year, month] = period.split("-");
  const name = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" });
  return `${name} ${String(year).slice(-2)}`;
};

/** Monthly usage history (bandwidth in/out, disk quota, inodes) as three small charts, streamed on its own. */
export async function UsageHistory({ teamId, connectionId, serverId }: { teamId: string; connectionId: string; serverId: string }) {
  let months: UsageMonth[];
  try {
    months = await getUsageHistory(teamId, connectionId, serverId);
  } catch (error) {
    return (
      <Card className="p-4">
        <h2 className="text-sm font-semibold">Usage history</h2>
        <ErrorNote className="mt-3">The usage history could not be loaded: {describeFailure(error).message}</ErrorNote>
      </Card>
    );
  }
  const labels = months.map((month) => monthLabel(month.period));
  const hasQuota = months.some((month) => month.quotaUsage !== null);
  const hasInodes = months.some((month) => month.inodeUsage !== null);
  return (
    <Card className="p-4">
      <h2 className="text-sm font-semibold">Usage history</h2>
      {months.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">The provider has no usage history for this server yet.</p>
      ) : (
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
      )}
    </Card>
  );
}

export function UsageHistorySkeleton() {
  return (
    <Card className="p-4" role="status" aria-label="Loading usage history">
      <div className="h-4 w-32 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-4 h-40 animate-pulse rounded bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60" />
    </Card>
  );
}
