import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { ZoneEditor } from "@/components/dns/zone-editor";
import { PageHeader } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getZone } from "@/lib/capabilities/dns/get-zone";
import { settle } from "@/lib/capabilities/dns/settle";

export const metadata: Metadata = { title: "DNS zone" };

export default async function ZonePage({ params }: { params: Promise<{ connectionId: string; serviceId: string; zoneId: string }> }) {
  const context = await requireTeamContext();
  const { connectionId, serviceId, zoneId } = await params;
  const back = (
    <Link href="/dns" className="mb-3 inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-brand-100">
      <ChevronLeft className="h-4 w-4" aria-hidden /> All zones
    </Link>
  );
  const valid = /^\d+$/.test(serviceId) && /^\d+$/.test(zoneId);
  const zone = valid ? await settle(getZone(context.team.id, { connectionId, serviceId, zoneId })) : null;
  if (!zone || !zone.ok) {
    const missing = !zone || zone.error.kind === "not-found";
    return (
      <>
        {back}
        {missing ? (
          <EmptyState title="Zone not found">This zone does not exist, or it belongs to a connection of another team.</EmptyState>
        ) : (
          <ConnectionErrorRow label="The zone could not be loaded" message={zone.error.message} />
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title={zone.value.name} description={`${zone.value.connection.label} · service #${serviceId} · ${zone.value.records.length} records`} />
      <ZoneEditor zoneKey={{ connectionId, serviceId, zoneId }} initialData={zone.value} canChange={can(context.role, "resources:change")} />
    </>
  );
}
