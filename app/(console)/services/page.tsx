import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { requireTeamContext } from "@/lib/auth/session";
import { startServiceLists } from "@/lib/capabilities/services/read-services";

import { ServicesListClient } from "./page-client";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const context = await requireTeamContext();
  const lists = await startServiceLists(context.team.id);
  return (
    <>
      <PageHeader
        title="Services"
        description="Every Time4VPS and XSServer service of this team: status, billing cycle, price and next due date. Proxy leases are under Proxies."
      />
      <ServicesListClient lists={lists} />
    </>
  );
}
