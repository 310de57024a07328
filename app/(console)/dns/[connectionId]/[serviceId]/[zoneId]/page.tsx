import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { ZoneEditor } from "@/components/dns/zone-editor";
import { PageHeader } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { zoneRefSchema } from "@/lib/capabilities/dns/action-schemas";
import { getZone } from "@/lib/capabilities/dns/read-dns";
import { loadForPage } from "@/lib/errors/page-outcome";

export const metadata: Metadata = { title: "DNS zone" };

function BackLink() {
  return (
    <Link href="/dns" className="mb-3 inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-brand-100">
      <ChevronLeft className="h-4 w-4" aria-hidden /> All zones
    </Link>
  );
}

export default async function ZonePage({ params }: { params: Promise<{ connectionId: string; serviceId: string; zoneId: string }> }) {
  const context = await requireTeamContext();
  const raw = await params;
  // A malformed id, another team's connection or a missing zone answers 404.
  const zone = await loadForPage(() => getZone(context.team.id, zoneRefSchema.parse(raw)), "dns zone page");
  if (!zone.ok) {
    return (
      <>
        <BackLink />
        <ConnectionErrorRow label="The zone could not be loaded" message={zone.message} />
      </>
    );
  }
  const { serviceId, zoneId } = zone.value;
  return (
    <>
      <BackLink />
      <PageHeader title={zone.value.name} description={`${zone.value.connection.label} · service #${serviceId} · ${zone.value.records.length} records`} />
      <ZoneEditor
        zoneKey={{ connectionId: zone.value.connection.id, serviceId, zoneId }}
        initialData={zone.value}
        canChange={can(context.role, "resources:change")}
      />
    </>
  );
}
