import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { ConnectionRef } from "@/lib/capabilities/core/connections";
import { listZones } from "@/lib/capabilities/dns/list-zones";
import { settle } from "@/lib/capabilities/dns/settle";

import { ZonesCard } from "./zones-card";

/** One connection's zones, streamed on its own so a slow provider never holds the page. */
export async function ZonesSection({ teamId, connection, canChange, canDestroy }: { teamId: string; connection: ConnectionRef; canChange: boolean; canDestroy: boolean }) {
  const result = await settle(listZones(teamId, connection.id));
  if (!result.ok) {
    return (
      <Card className="p-4">
        <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={result.error.message} />
      </Card>
    );
  }
  return <ZonesCard connection={{ id: connection.id, label: connection.label }} data={result.value} canChange={canChange} canDestroy={canDestroy} />;
}

export function ZonesSkeleton({ label }: { label: string }) {
  return (
    <Card className="p-4" aria-busy="true" aria-label={`Loading zones of ${label}`}>
      <p className="text-sm font-semibold">{label}</p>
      <div className="mt-3 space-y-2">
        {[0, 1, 2].map((row) => (
          <div key={row} className="h-9 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
        ))}
      </div>
    </Card>
  );
}
