import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { requireTeamContext } from "@/lib/auth/session";
import { startBillingLists } from "@/lib/capabilities/billing/read-billing";

import { BillingClient } from "./page-client";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage() {
  const context = await requireTeamContext();
  const lists = await startBillingLists(context.team.id);
  return (
    <>
      <PageHeader title="Billing" description="Balances, invoices and payment methods of every provider account." />
      <BillingClient lists={lists} />
    </>
  );
}
