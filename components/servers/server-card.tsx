import { ChevronRight, Cpu } from "lucide-react";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ServerSummary } from "@/lib/capabilities/servers/types";

import { ResourceGauge } from "./resource-gauge";
import { TaskStateBadge } from "./task-state-badge";

export const serverHref = (server: { connectionId: string; serverId: string }) =>
  `/servers/${encodeURIComponent(server.connectionId)}/${encodeURIComponent(server.serverId)}`;

export function statusTone(status: string) {
  return status === "Active" ? "good" : status === "" ? "neutral" : status === "Suspended" ? "bad" : "warn";
}

/** One server in the list: name, address, OS, resources and its running task, linking to its page. */
export function ServerCard({ server }: { server: ServerSummary }) {
  return (
    <Card className="flex min-w-0 flex-col p-4" data-testid="server-card">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="truncate font-semibold">
            <Link href={serverHref(server)} prefetch={false} className="hover:underline focus-visible:underline">
              {server.hostname}
            </Link>
          </h3>
          <p className="truncate text-sm text-slate-500 dark:text-slate-400">{[server.label, server.ip, server.type].filter(Boolean).join(" · ")}</p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          {server.status ? <Badge tone={statusTone(server.status)}>{server.status}</Badge> : null}
          {server.activeTask ? (
            <span className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
              {server.activeTask.label} <TaskStateBadge state={server.activeTask.state} />
            </span>
          ) : null}
        </div>
      </div>
      {server.detailError ? (
        <p role="alert" className="mt-3 text-sm text-amber-800 dark:text-amber-300">
          Details unavailable: {server.detailError}
        </p>
      ) : (
        <>
          <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
            <span className="inline-flex items-center gap-1">
              <Cpu className="h-3.5 w-3.5" aria-hidden /> {server.cpu.text}
            </span>
            {server.os ? <span className="font-mono">{server.os}</span> : null}
          </p>
          <div className="mt-3 grid grid-cols-3 gap-3">
            {server.gauges.map((gauge) => (
              <ResourceGauge key={gauge.key} gauge={gauge} />
            ))}
          </div>
        </>
      )}
      <Link
        href={serverHref(server)}
        prefetch={false}
        className="mt-4 inline-flex items-center gap-1 self-end text-sm font-medium text-brand-600 hover:underline dark:text-brand-100"
        aria-label={`Open ${server.hostname}`}
      >
        Details <ChevronRight className="h-4 w-4" aria-hidden />
      </Link>
    </Card>
  );
}

export function ServerCardSkeleton() {
  return (
    <Card className="animate-pulse p-4 motion-reduce:animate-none" aria-hidden>
      <div className="h-4 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-2 h-3 w-2/3 rounded bg-slate-100 dark:bg-slate-800/60" />
      <div className="mt-5 grid grid-cols-3 gap-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-8 rounded bg-slate-100 dark:bg-slate-800/60" />
        ))}
      </div>
    </Card>
  );
}
