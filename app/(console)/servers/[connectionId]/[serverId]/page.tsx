import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getServerDetail, listReinstallOptions } from "@/lib/capabilities/servers/read-servers";
import { taskReaderFor } from "@/lib/capabilities/servers/task-rules";
import type { ReinstallOptions } from "@/lib/capabilities/servers/types";
import { serverRefInput } from "@/lib/capabilities/servers/validators";
import { toFailureSummary } from "@/lib/errors/app-error";
import { loadForPage, type PageOutcome } from "@/lib/errors/page-outcome";

import { ServerPageClient } from "./page-client";
import { UsageHistory, UsageHistorySkeleton } from "./usage-history";

export const metadata: Metadata = { title: "Server" };

function BackLink() {
  return (
    <Link href="/servers" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-300">
      <ArrowLeft className="h-4 w-4" aria-hidden /> Servers
    </Link>
  );
}

export default async function ServerPage({ params }: { params: Promise<{ connectionId: string; serverId: string }> }) {
  const raw = await params;
  const context = await requireTeamContext();
  // Decided before anything streams, so a malformed or unknown id, or another team's connection, answers 404.
  const loaded = await loadForPage(() => {
    const { connectionId, serverId } = serverRefInput.parse(raw);
    return getServerDetail(context.team.id, connectionId, serverId, taskReaderFor(context.role));
  }, "server page");
  if (!loaded.ok) {
    return (
      <>
        <BackLink />
        <PageHeader title={`Server ${raw.serverId}`} />
        <ErrorNote>This server could not be loaded: {loaded.message}</ErrorNote>
      </>
    );
  }

  const server = loaded.value;
  const canDestroy = can(context.role, "resources:destroy");
  // Only the reinstall form needs the OS templates and init scripts: read for admins only, streamed to the form.
  const reinstall: Promise<PageOutcome<ReinstallOptions>> | null =
    canDestroy && server.actions.includes("reinstall")
      ? listReinstallOptions(context.team.id, server.connectionId, server.serverId).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, ...toFailureSummary(error, "reinstall options") }),
        )
      : null;

  return (
    <ServerPageClient
      initial={server}
      canChange={can(context.role, "resources:change")}
      canDestroy={canDestroy}
      reinstall={reinstall}
      history={
        server.features.usageHistory ? (
          <Suspense fallback={<UsageHistorySkeleton />}>
            <UsageHistory teamId={context.team.id} connectionId={server.connectionId} serverId={server.serverId} />
          </Suspense>
        ) : null
      }
    />
  );
}
