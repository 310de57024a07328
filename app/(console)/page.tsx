import { formatDistanceToNow } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { listConnections } from "@/lib/connections/queries";
import { getProvider, isProviderKind } from "@/lib/providers/core/registry";

export const metadata: Metadata = { title: "Overview" };

function healthOf(connection: { lastSuccessAt: Date | null; lastErrorAt: Date | null }): "working" | "failing" | "untested" {
  if (connection.lastErrorAt && (!connection.lastSuccessAt || connection.lastErrorAt > connection.lastSuccessAt)) return "failing";
  return connection.lastSuccessAt ? "working" : "untested";
}

export default async function OverviewPage() {
  const context = await requireTeamContext();
  const connections = await listConnections(context.team.id);
  if (connections.length === 0) {
    return (
      <>
        <PageHeader title="Overview" description={`Everything ${context.team.name} runs, across providers.`} />
        <EmptyState
          title="Connect your first provider account"
          action={
            can(context.role, "connections:manage") ? (
              <Link href="/connections" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                Go to Connections
              </Link>
            ) : undefined
          }
        >
          Once a provider account is connected, its services, invoices, tickets and tasks show up here.
        </EmptyState>
      </>
    );
  }
  const counts = { working: 0, failing: 0, untested: 0 };
  for (const connection of connections) counts[healthOf(connection)]++;
  return (
    <>
      <PageHeader title="Overview" description={`Everything ${context.team.name} runs, across providers.`} />
      <div className="grid gap-3 sm:grid-cols-3">
        {(["working", "failing", "untested"] as const).map((state) => (
          <Card key={state} className="p-4">
            <p className="text-sm text-slate-500 dark:text-slate-400">{state === "working" ? "Working connections" : state === "failing" ? "Failing connections" : "Not tested yet"}</p>
            <p className="mt-1 text-3xl font-semibold">{counts[state]}</p>
          </Card>
        ))}
      </div>
      <section className="mt-6">
        <div className="mb-2 flex items-center justify-between">
          <h2 className="text-sm font-semibold text-slate-600 dark:text-slate-300">Connection health</h2>
          <Link href="/connections" className="text-sm font-medium text-brand-600 hover:underline">
            Manage
          </Link>
        </div>
        <Card>
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {connections.map((connection) => {
              const health = healthOf(connection);
              return (
                <li key={connection.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                  <span className="min-w-0 truncate font-medium">
                    {connection.label}{" "}
                    <span className="text-sm font-normal text-slate-500">· {isProviderKind(connection.kind) ? getProvider(connection.kind).label : connection.kind}</span>
                  </span>
                  <span className="text-sm">
                    {health === "working" ? <Badge tone="good">working</Badge> : health === "failing" ? <Badge tone="bad">failing</Badge> : <Badge>untested</Badge>}{" "}
                    <span className="text-slate-500">
                      {health === "failing" && connection.lastError
                        ? connection.lastError
                        : connection.lastSuccessAt
                          ? `last success ${formatDistanceToNow(connection.lastSuccessAt, { addSuffix: true })}`
                          : ""}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </Card>
      </section>
      <p className="mt-6 text-sm text-slate-500 dark:text-slate-400">
        Cross-provider cards (unpaid invoices, services due soon, open tickets, running server tasks) are not built yet; they arrive with the service, billing and support areas.
      </p>
    </>
  );
}
