import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { ReverseDns } from "@/components/dns/reverse-dns";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startRdnsLists } from "@/lib/capabilities/rdns/read-rdns";

export const metadata: Metadata = { title: "Reverse DNS" };

export default async function ReverseDnsPage() {
  const context = await requireTeamContext();
  const lists = await startRdnsLists(context.team.id);
  return (
    <>
      <Link href="/dns" className="mb-3 inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-brand-100">
        <ChevronLeft className="h-4 w-4" aria-hidden /> DNS zones
      </Link>
      <PageHeader
        title="Reverse DNS"
        description="PTR records of every address the team's accounts let you name: XSServer service IPs, Time4VPS additional IPs (a server task each) and ip.php addresses."
      />
      {lists.length === 0 ? (
        <EmptyState title="No reverse DNS account connected">
          <p>
            Reverse DNS comes from Time4VPS, XSServer and ip.php accounts.{" "}
            <Link href="/connections" className="font-medium text-brand-600 underline">
              Add a connection
            </Link>
            .
          </p>
        </EmptyState>
      ) : (
        <ReverseDns lists={lists} canChange={can(context.role, "resources:change")} />
      )}
    </>
  );
}
