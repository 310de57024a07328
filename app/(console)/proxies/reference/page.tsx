import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { requireTeamContext } from "@/lib/auth/session";
import { startProxyCatalogs } from "@/lib/capabilities/proxies/read-proxies";

import { CatalogListClient } from "./page-client";

export const metadata: Metadata = { title: "Proxy servers and plans" };

export default async function ProxyReferencePage() {
  const context = await requireTeamContext();
  const catalogs = await startProxyCatalogs(context.team.id);
  return (
    <>
      <Link href="/proxies" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
        <ArrowLeft className="h-4 w-4" aria-hidden /> Proxies
      </Link>
      <PageHeader title="Servers and plans" description="Proxy locations with free IPv4 and IPv6 proxies, and the plans each X4B account can buy." />
      {catalogs.length === 0 ? (
        <EmptyState title="No X4B connection yet">Connect an X4B account to see its locations and plans.</EmptyState>
      ) : (
        <CatalogListClient catalogs={catalogs} />
      )}
    </>
  );
}
