import { Table2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { proxyLinkClass } from "@/components/proxies/link-class";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { startProxyLists } from "@/lib/capabilities/proxies/read-proxies";

import { ProxiesListClient } from "./page-client";

export const metadata: Metadata = { title: "Proxies" };

export default async function ProxiesPage() {
  const context = await requireTeamContext();
  const lists = await startProxyLists(context.team.id);
  return (
    <>
      <PageHeader
        title="Proxies"
        description="DDoS-protected proxy leases across your X4B accounts: ports, ACL rules and traffic this period."
        actions={
          lists.length ? (
            <Link href="/proxies/reference" className={proxyLinkClass}>
              <Table2 className="h-4 w-4" aria-hidden />
              Servers and plans
            </Link>
          ) : null
        }
      />
      {lists.length === 0 ? (
        <EmptyState
          title="No X4B connection yet"
          action={
            can(context.role, "connections:manage") ? (
              <Link href="/connections" className={proxyLinkClass}>
                Add a connection
              </Link>
            ) : null
          }
        >
          Connect an X4B account to see its proxy leases here.
          {can(context.role, "connections:manage") ? null : " Ask an admin of this team to add one."}
        </EmptyState>
      ) : (
        <ProxiesListClient lists={lists} canDestroy={can(context.role, "resources:destroy")} canChange={can(context.role, "resources:change")} />
      )}
    </>
  );
}
