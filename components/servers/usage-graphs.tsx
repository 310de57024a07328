"use client";

import { formatDistanceToNow } from "date-fns";
import { RefreshCw } from "lucide-react";
import { useMemo, useState } from "react";

import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/states";

import { useServerGraphs } from "./use-server-graphs";

const periods = ["daily", "weekly", "monthly", "yearly"] as const;
const resourceLabels: Record<string, string> = {
  cpu: "CPU",
  memory: "Memory",
  traffic: "Traffic",
  io: "Disk I/O",
  load: "Load",
  iops: "IOPS",
  netpps: "Network packets",
  storage: "Storage",
};

/**
 * The provider's usage graph images. Their links expire after a few minutes: the query refreshes them
 * every four, and an image that fails to load (expired) asks for fresh links at once.
 */
export function UsageGraphs({ connectionId, serverId }: { connectionId: string; serverId: string }) {
  const [period, setPeriod] = useState<(typeof periods)[number]>("daily");
  const query = useServerGraphs(connectionId, serverId, 576);
  // An expired link fails to load: ask for fresh links, at most every 30 s (a broken image host must not loop).
  const refreshIfStale = () => {
    if (!query.isFetching && Date.now() - query.dataUpdatedAt > 30_000) void query.refetch();
  };
  const shown = useMemo(() => (query.data?.graphs ?? []).filter((graph) => graph.period === period), [query.data, period]);

  return (
    <section aria-labelledby="graphs-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="graphs-title" className="text-sm font-semibold">
          Usage graphs
        </h2>
        <div className="flex items-center gap-2">
          <div role="group" aria-label="Period" className="inline-flex rounded-md border border-slate-300 dark:border-slate-700">
            {periods.map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={period === value}
                onClick={() => setPeriod(value)}
                className="px-2.5 py-1 text-xs capitalize first:rounded-l-md last:rounded-r-md aria-pressed:bg-brand-600 aria-pressed:text-white"
              >
                {value}
              </button>
            ))}
          </div>
          <Button variant="ghost" size="sm" onClick={() => void query.refetch()} pending={query.isFetching} aria-label="Refresh graph links">
            <RefreshCw className="h-4 w-4" aria-hidden />
          </Button>
        </div>
      </div>
      {query.data ? (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Links fetched {formatDistanceToNow(new Date(query.data.fetchedAt), { addSuffix: true })}; they are renewed before they expire.
        </p>
      ) : null}
      {query.isError ? <ErrorNote className="mt-3">Graphs could not be loaded: {query.error.message}</ErrorNote> : null}
      {query.isPending ? (
        <div className="mt-3 grid gap-3 sm:grid-cols-2" role="status" aria-label="Loading graphs">
          {[0, 1].map((i) => (
            <div key={i} className="h-36 animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none dark:bg-slate-800" />
          ))}
        </div>
      ) : (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {shown.map((graph) => (
            <figure key={graph.type} className="min-w-0 rounded-md border border-slate-200 bg-white p-2 dark:border-slate-800 dark:bg-white">
              {/* eslint-disable-next-line @next/next/no-img-element -- short-lived signed links from the provider; next/image would cache them past expiry */}
              <img
                src={graph.url}
                alt={`${resourceLabels[graph.resource] ?? graph.resource} usage, ${period}`}
                loading="lazy"
                className="h-auto w-full"
                onError={refreshIfStale}
              />
              <figcaption className="mt-1 text-xs text-slate-600">{resourceLabels[graph.resource] ?? graph.resource}</figcaption>
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}
