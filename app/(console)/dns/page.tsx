import { ArrowRightLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startZoneLists } from "@/lib/capabilities/dns/read-dns";

import { DnsZonesClient } from "./page-client";

export const metadata: Metadata = { title: "DNS" };

export default async function DnsPage() {
  const context = await requireTeamContext();
  const lists = await startZoneLists(context.team.id);
  return (
    <>
      <PageHeader
        title="DNS"
        description="Zones of every DNS account of the team. Open a zone to edit its records, export or import a BIND zone file."
        actions={
          <Link
            href="/dns/reverse"
            className="inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
          >
            <ArrowRightLeft className="h-4 w-4" aria-hidden /> Reverse DNS
          </Link>
        }
      />
      <DnsZonesClient lists={lists} canChange={can(context.role, "resources:change")} canDestroy={can(context.role, "resources:destroy")} />
    </>
  );
}
