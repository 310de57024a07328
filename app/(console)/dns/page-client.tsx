"use client";

import Link from "next/link";

import { ZonesCard, ZonesSkeleton } from "@/components/dns/zones-card";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { ConnectionZones } from "@/lib/capabilities/dns/types";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

/** Every DNS connection's zones, each shown as soon as its provider answers. */
export function DnsZonesClient({ lists, canChange, canDestroy }: { lists: StartedRead<ConnectionZones>[]; canChange: boolean; canDestroy: boolean }) {
  const { states, refetchAll } = useConnectionReads(lists, { key: "dns-zones", url: (id) => `/api/dns/${encodeURIComponent(id)}` });

  if (states.length === 0) {
    return (
      <EmptyState title="No DNS account connected">
        <p>
          Zones come from Time4VPS accounts.{" "}
          <Link href="/connections" className="font-medium text-brand-600 underline">
            Add a connection
          </Link>{" "}
          to manage them here.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      {states.map((state) => {
        const { connection } = state;
        if (state.status === "loading") return <ZonesSkeleton key={connection.id} label={connection.label} />;
        if (state.status === "error") {
          return (
            <Card key={connection.id} className="p-4">
              <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={state.message} />
            </Card>
          );
        }
        return <ZonesCard key={connection.id} connection={connection} data={state.data} canChange={canChange} canDestroy={canDestroy} onChanged={refetchAll} />;
      })}
    </div>
  );
}
