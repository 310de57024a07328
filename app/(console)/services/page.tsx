import type { Metadata } from "next";

import { PageHeader } from "@/components/ui/card";
import { requireTeamContext } from "@/lib/auth/session";
import { serviceConnections } from "@/lib/capabilities/services/list-services";

import { ServicesListClient } from "./page-client";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const context = await requireTeamContext();
  const connections = (await serviceConnections(context.team.id)).map((connection) => ({
    id: connection.id,
    label: connection.label,
    kindLabel: connection.kindLabel,
  }));
  return (
    <>
      <PageHeader
        title="Services"
        description="Every Time4VPS and XSServer service of this team: status, billing cycle, price and next due date. Proxy leases are under Proxies."
      />
      <ServicesListClient connections={connections} />
    </>
  );
}
