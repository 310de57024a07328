import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startServerLists } from "@/lib/capabilities/servers/read-servers";
import { taskReaderFor } from "@/lib/capabilities/servers/task-rules";
import { getProvider, kindsOffering } from "@/lib/providers/core/registry";

import { ServersListClient } from "./page-client";

export const metadata: Metadata = { title: "Servers" };

export default async function ServersPage() {
  const context = await requireTeamContext();
  const lists = await startServerLists(context.team.id, taskReaderFor(context.role));
  return (
    <>
      <PageHeader
        title="Servers"
        description="VPS and dedicated servers across your provider accounts: resources, tasks and actions."
        actions={
          <Link
            href="/tasks"
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            View tasks
          </Link>
        }
      />
      <ServersListClient
        lists={lists}
        providers={kindsOffering("servers").map((kind) => getProvider(kind).label)}
        canManageConnections={can(context.role, "connections:manage")}
      />
    </>
  );
}
