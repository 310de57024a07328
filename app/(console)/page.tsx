import { Activity, CalendarClock, LifeBuoy, ListChecks, Receipt } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { ConnectionHealth } from "@/components/overview/connection-health";
import { CardSkeleton, OverviewCard } from "@/components/overview/overview-card";
import { DueSoonBody, RunningTasksBody, UnpaidInvoicesBody, WaitingTicketsBody } from "@/components/overview/overview-cards";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { currentHealth } from "@/lib/connections/health";
import { teamConnections } from "@/lib/connections/open-connection";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const context = await requireTeamContext();
  // Health as stored, with what this instance saw since (written at most once a minute).
  const connections = (await teamConnections(context.team.id)).map((connection) => ({ ...connection, ...currentHealth(connection.id, connection) }));
  const header = <PageHeader title="Overview" description={`Everything ${context.team.name} runs, across providers.`} />;
  if (connections.length === 0) {
    return (
      <>
        {header}
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
  const teamId = context.team.id;
  return (
    <>
      {header}
      <div className="grid gap-4 lg:grid-cols-2">
        <OverviewCard title="Unpaid invoices" href="/billing" linkLabel="Billing" icon={Receipt} testId="overview-invoices">
          <Suspense fallback={<CardSkeleton label="Loading invoices…" />}>
            <UnpaidInvoicesBody teamId={teamId} />
          </Suspense>
        </OverviewCard>
        <OverviewCard title="Due within 30 days" href="/services" linkLabel="Services" icon={CalendarClock} testId="overview-due">
          <Suspense fallback={<CardSkeleton label="Loading renewals…" />}>
            <DueSoonBody teamId={teamId} />
          </Suspense>
        </OverviewCard>
        <OverviewCard title="Tickets waiting for the team" href="/tickets" linkLabel="Tickets" icon={LifeBuoy} testId="overview-tickets">
          <Suspense fallback={<CardSkeleton label="Loading tickets…" />}>
            <WaitingTicketsBody teamId={teamId} />
          </Suspense>
        </OverviewCard>
        <OverviewCard title="Running server tasks" href="/tasks" linkLabel="Tasks" icon={ListChecks} testId="overview-tasks">
          <Suspense fallback={<CardSkeleton label="Loading server tasks…" />}>
            <RunningTasksBody teamId={teamId} />
          </Suspense>
        </OverviewCard>
        <div className="lg:col-span-2">
          <OverviewCard title="Connection health" href="/connections" linkLabel="Connections" icon={Activity} testId="overview-health">
            <ConnectionHealth connections={connections} />
          </OverviewCard>
        </div>
      </div>
    </>
  );
}
