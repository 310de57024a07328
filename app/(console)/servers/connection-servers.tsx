import { ServerCard, ServerCardSkeleton } from "@/components/servers/server-card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState } from "@/components/ui/states";
import type { ConnectionRef } from "@/lib/capabilities/core/connections";
import { listConnectionServers } from "@/lib/capabilities/servers/list-servers";

/** One connection's servers, streamed on their own so a slow provider never holds the page. */
export async function ConnectionServers({ teamId, connection, revealSecrets }: { teamId: string; connection: ConnectionRef; revealSecrets: boolean }) {
  const result = await listConnectionServers(teamId, connection, { revealSecrets });
  if (!result.ok) return <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={result.error.message} />;
  if (result.servers.length === 0) {
    return <EmptyState title="No active servers">This account has no active VPS or dedicated servers right now.</EmptyState>;
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      {result.servers.map((server) => (
        <ServerCard key={server.serverId} server={server} />
      ))}
    </div>
  );
}

export function ConnectionServersSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3" role="status" aria-label="Loading servers">
      <ServerCardSkeleton />
      <ServerCardSkeleton />
    </div>
  );
}
