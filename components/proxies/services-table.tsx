import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import type { ProxyService } from "@/lib/capabilities/proxies/types";

import { DeleteLeaseButton } from "./delete-lease-button";
import { ServerLabel } from "./server-label";
import { UsageBar } from "./usage-bar";

/** A connection's services: leases with address, location, plan and usage; other services named only. */
export function ServicesTable({ services, canDestroy }: { services: ProxyService[]; canDestroy: boolean }) {
  if (services.length === 0) {
    return <EmptyState title="No services on this account">Leases bought at X4B appear here with their ports and ACLs.</EmptyState>;
  }
  return (
    <Card className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th className="px-4 py-2 font-medium">Lease</th>
            <th className="px-4 py-2 font-medium">Address</th>
            <th className="px-4 py-2 font-medium">Server</th>
            <th className="px-4 py-2 font-medium">Plan</th>
            <th className="px-4 py-2 font-medium">Usage</th>
            <th className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {services.map((service) => (
            <tr key={service.id} data-testid={`lease-${service.id}`}>
              <td className="px-4 py-3 font-medium">
                {service.isLease ? (
                  <Link href={`/proxies/${service.connectionId}/${service.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
                    Lease {service.id}
                  </Link>
                ) : (
                  <span>Service {service.id}</span>
                )}
              </td>
              {service.isLease ? (
                <>
                  <td className="px-4 py-3 font-mono text-xs">{service.addr}</td>
                  <td className="px-4 py-3">{service.server ? <ServerLabel server={service.server} /> : "—"}</td>
                  <td className="px-4 py-3">
                    {service.plan?.name}
                    {service.plan?.bill ? (
                      <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">({service.plan.bill === "PAYG" ? "pay as you go" : "monthly"})</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3">
                    <UsageBar usage={service.usage} included={service.plan?.gb ?? null} error={service.usageError} />
                  </td>
                  <td className="px-4 py-3 text-right">
                    {canDestroy ? <DeleteLeaseButton connectionId={service.connectionId} leaseId={service.id} addr={service.addr ?? ""} /> : null}
                  </td>
                </>
              ) : (
                <td className="px-4 py-3" colSpan={5}>
                  <Badge tone="neutral">{service.type}</Badge>{" "}
                  <span className="text-slate-600 dark:text-slate-400">Not manageable through the X4B API; use the X4B panel.</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
