import { Card } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { getUsageHistory } from "@/lib/capabilities/servers/read-servers";
import type { UsageMonth } from "@/lib/capabilities/servers/types";
import { toFailureSummary } from "@/lib/errors/app-error";

import { UsageCharts } from "./usage-charts";

/** Monthly usage history (bandwidth in/out, disk quota, inodes) as three small charts, streamed on its own. */
export async function UsageHistory({ teamId, connectionId, serverId }: { teamId: string; connectionId: string; serverId: string }) {
  let months: UsageMonth[];
  try {
    months = await getUsageHistory(teamId, connectionId, serverId);
  } catch (error) {
    return (
      <Card className="p-4">
        <h2 className="text-sm font-semibold">Usage history</h2>
        <ErrorNote className="mt-3">The usage history could not be loaded: {toFailureSummary(error, "usage history").message}</ErrorNote>
      </Card>
    );
  }
  return (
    <Card className="p-4">
      <h2 className="text-sm font-semibold">Usage history</h2>
      {months.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">The provider has no usage history for this server yet.</p>
      ) : (
        <UsageCharts months={months} />
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
