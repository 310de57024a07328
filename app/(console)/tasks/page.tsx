import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { listTeamTasks } from "@/lib/capabilities/servers/list-tasks";
import { serverConnections } from "@/lib/capabilities/servers/list-servers";

import { TasksClient } from "./page-client";

export const metadata: Metadata = { title: "Tasks" };

async function TasksSection({ teamId, revealSecrets }: { teamId: string; revealSecrets: boolean }) {
  return <TasksClient initial={await listTeamTasks(teamId, { revealSecrets })} />;
}

function TasksSkeleton() {
  return (
    <Card className="space-y-3 p-4" role="status" aria-label="Loading tasks">
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-10 animate-pulse rounded bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60" />
      ))}
    </Card>
  );
}

export default async function TasksPage() {
  const context = await requireTeamContext();
  const connections = await serverConnections(context.team.id);
  return (
    <>
      <PageHeader title="Tasks" description="Running and recent server tasks across all servers and connections. Running tasks refresh on their own." />
      {connections.length === 0 ? (
        <EmptyState
          title="No server provider connected"
          action={
            <Link href="/servers" className="text-sm font-medium text-brand-600 hover:underline">
              Go to Servers
            </Link>
          }
        >
          Tasks appear here once the team connects a provider account that manages servers (Time4VPS).
        </EmptyState>
      ) : (
        <Suspense fallback={<TasksSkeleton />}>
          <TasksSection teamId={context.team.id} revealSecrets={can(context.role, "resources:change")} />
        </Suspense>
      )}
    </>
  );
}
