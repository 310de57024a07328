import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startAccountLists } from "@/lib/capabilities/accounts/read-accounts";

import { AccountsClient } from "./page-client";

export const metadata: Metadata = { title: "Provider accounts" };

export default async function AccountsPage() {
  const context = await requireTeamContext();
  const lists = await startAccountLists(context.team.id);
  return (
    <>
      <PageHeader title="Provider accounts" description="Account details, contacts with their privileges, and portal notifications of each provider account." />
      <AccountsClient lists={lists} canAck={can(context.role, "resources:change")} />
    </>
  );
}
