import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { requireTeamContext } from "@/lib/auth/session";
import { startTaskLists } from "@/lib/capabilities/servers/read-tasks";
import { taskReaderFor } from "@/lib/capabilities/servers/task-rules";
import { getProvider, kindsOffering } from "@/lib/providers/core/registry";

import { TasksClient } from "./page-client";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  const context = await requireTeamContext();
  const lists = await startTaskLists(context.team.id, taskReaderFor(context.role));
  return (
    <>
      <PageHeader title="Tasks" description="Running and recent server tasks across all servers and connections. Running tasks refresh on their own." />
      <TasksClient lists={lists} providers={kindsOffering("servers").map((kind) => getProvider(kind).label)} />
    </>
  );
}
