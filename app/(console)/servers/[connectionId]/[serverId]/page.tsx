import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";

import { PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { describeFailure } from "@/lib/capabilities/servers/client";
import { getServerDetail } from "@/lib/capabilities/servers/get-server";
import { listReinstallOptions } from "@/lib/capabilities/servers/list-reinstall-options";
import { serverRefInput } from "@/lib/capabilities/servers/validators";

import { ServerPageClient } from "./page-client";
import { UsageHistory, UsageHistorySkeleton } from "./usage-history";

export const metadata: Metadata = { title: "Server" };

export default async function ServerPage({ params }: { params: Promise<{ connectionId: string; serverId: string }> }) {
  const context = await requireTeamContext();
  const ref = serverRefInput.safeParse(await params);
  if (!ref.success) notFound();
  const { connectionId, serverId } = ref.data;
  const canChange = can(context.role, "resources:change");
  const canDestroy = can(context.role, "resources:destroy");

  const [detail, options] = await Promise.allSettled([
    getServerDetail(context.team.id, connectionId, serverId, { revealSecrets: canChange }),
    // OS templates and init scripts: only the reinstall form needs them (two provider calls saved for others).
    canDestroy ? listReinstallOptions(context.team.id, connectionId, serverId) : Promise.resolve(null),
  ]);
  if (detail.status === "rejected") {
    const failure = describeFailure(detail.reason);
    if (failure.kind === "not-found") notFound();
    return (
      <>
        <PageHeader title={`Server ${serverId}`} />
        <ErrorNote>This server could not be loaded: {failure.message}</ErrorNote>
        <Link href="/servers" className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline">
          Back to servers
        </Link>
      </>
    );
  }
  const choices = options.status === "fulfilled" ? options.value : null;
  const osTitles = Object.fromEntries((choices?.oses ?? []).map((os) => [os.value, os.label]));

  return (
    <ServerPageClient
      initial={detail.value}
      canChange={canChange}
      canDestroy={canDestroy}
      reinstall={canDestroy ? choices : null}
      osTitles={osTitles}
      history={
        <Suspense fallback={<UsageHistorySkeleton />}>
          <UsageHistory teamId={context.team.id} connectionId={connectionId} serverId={serverId} />
        </Suspense>
      }
    />
  );
}
