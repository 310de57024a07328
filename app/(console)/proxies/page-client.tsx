"use client";

import { ListChecks } from "lucide-react";
import Link from "next/link";

import { proxyLinkClass } from "@/components/proxies/link-class";
import { ProxySectionSkeleton } from "@/components/proxies/section-skeleton";
import { ServicesTable } from "@/components/proxies/services-table";
import { useLeaseLists } from "@/components/proxies/use-lease-lists";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { ProxyService } from "@/lib/capabilities/proxies/types";

/** One section per proxy connection; each shows its leases or its error as soon as that account answers. */
export function ProxiesListClient({ lists, canDestroy, canChange }: { lists: StartedRead<ProxyService[]>[]; canDestroy: boolean; canChange: boolean }) {
  const { states } = useLeaseLists(lists);
  return (
    <div className="space-y-8">
      {states.map((state) => (
        <section key={state.connection.id} aria-labelledby={`proxies-${state.connection.id}`} className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`proxies-${state.connection.id}`} className="text-lg font-semibold">
              {state.connection.label}
            </h2>
            {canChange ? (
              <Link href={`/proxies/${state.connection.id}/bulk-acl`} className={proxyLinkClass}>
                <ListChecks className="h-4 w-4" aria-hidden />
                Bulk ACL
              </Link>
            ) : null}
          </div>
          {state.status === "loading" ? <ProxySectionSkeleton label={`Loading leases of ${state.connection.label}…`} /> : null}
          {state.status === "error" ? (
            <ConnectionErrorRow label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />
          ) : null}
          {state.status === "ok" ? <ServicesTable services={state.data} canDestroy={canDestroy} /> : null}
        </section>
      ))}
    </div>
  );
}
