import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { TicketSeen } from "@/components/tickets/ticket-queries";
import { TicketStatusBadge } from "@/components/tickets/ticket-status-badge";
import { TicketThread } from "@/components/tickets/ticket-thread";
import { PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getTicketThread } from "@/lib/capabilities/tickets/read-tickets";
import { ticketNumberSchema } from "@/lib/capabilities/tickets/ticket-rules";
import { loadForPage } from "@/lib/errors/page-outcome";

import { ReplyForm, TicketStateControl } from "./page-client";

export const metadata: Metadata = { title: "Ticket" };

const back = (
  <Link href="/tickets" className="inline-flex items-center gap-1 text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
    <ArrowLeft className="h-4 w-4" aria-hidden /> All tickets
  </Link>
);

export default async function TicketPage({ params }: { params: Promise<{ connectionId: string; ticketNumber: string }> }) {
  const { connectionId, ticketNumber } = await params;
  const context = await requireTeamContext();
  if (!ticketNumberSchema.safeParse(ticketNumber).success) notFound();
  // Decided before anything renders, so an unknown ticket or another team's connection answers 404.
  const loaded = await loadForPage(() => getTicketThread(context.team.id, connectionId, ticketNumber), "ticket page");
  if (!loaded.ok) {
    return (
      <>
        <div className="mb-4">{back}</div>
        <PageHeader title={`Ticket #${ticketNumber}`} />
        <ErrorNote>This ticket could not be loaded: {loaded.message}</ErrorNote>
      </>
    );
  }
  const { connection, thread } = loaded.value;
  const canChange = can(context.role, "resources:change");
  return (
    <>
      <div className="mb-4">{back}</div>
      <PageHeader
        title={thread.subject}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span>
              #{thread.number} · {thread.department} · {connection.label}
            </span>
            <TicketStatusBadge status={thread.status} />
          </span>
        }
        actions={canChange ? <TicketStateControl connectionId={connection.id} ticketNumber={thread.number} closed={thread.closed} /> : undefined}
      />
      <TicketSeen />
      <TicketThread messages={thread.messages} />
      <div className="mt-6">
        {!canChange ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">Your role can read tickets; replying, closing and re-opening need an operator.</p>
        ) : thread.closed ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">This ticket is closed. Re-open it to reply.</p>
        ) : (
          <ReplyForm connectionId={connection.id} ticketNumber={thread.number} />
        )}
      </div>
    </>
  );
}
