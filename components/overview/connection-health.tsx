import { formatDistanceToNow } from "date-fns";

import { Badge } from "@/components/ui/badge";
import { getProvider, isProviderKind } from "@/lib/providers/core/registry";

interface HealthRow {
  id: string;
  label: string;
  kind: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
}

export function healthOf(connection: { lastSuccessAt: Date | null; lastErrorAt: Date | null }): "working" | "failing" | "untested" {
  if (connection.lastErrorAt && (!connection.lastSuccessAt || connection.lastErrorAt > connection.lastSuccessAt)) return "failing";
  return connection.lastSuccessAt ? "working" : "untested";
}

/** Each connection's last success and last error, as recorded by the calls the console made. */
export function ConnectionHealth({ connections }: { connections: HealthRow[] }) {
  const counts = { working: 0, failing: 0, untested: 0 };
  for (const connection of connections) counts[healthOf(connection)]++;
  return (
    <>
      <p className="text-sm" data-testid="health-counts">
        <strong>{counts.working}</strong> working · <strong className={counts.failing ? "text-red-700 dark:text-red-400" : undefined}>{counts.failing}</strong>{" "}
        failing · <strong>{counts.untested}</strong> not tested yet
      </p>
      <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Connection health">
        {connections.map((connection) => {
          const health = healthOf(connection);
          return (
            <li key={connection.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between">
              <span className="min-w-0 truncate font-medium">
                {connection.label}{" "}
                <span className="text-sm font-normal text-slate-500">
                  · {isProviderKind(connection.kind) ? getProvider(connection.kind).label : connection.kind}
                </span>
              </span>
              <span className="text-xs sm:text-right">
                {health === "working" ? <Badge tone="good">working</Badge> : health === "failing" ? <Badge tone="bad">failing</Badge> : <Badge>untested</Badge>}{" "}
                <span className="text-slate-500">
                  {connection.lastSuccessAt ? `last success ${formatDistanceToNow(connection.lastSuccessAt, { addSuffix: true })}` : "no success yet"}
                  {health === "failing" && connection.lastError ? ` · last error: ${connection.lastError}` : ""}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
