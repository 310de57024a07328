import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { ConnectionRef } from "@/lib/capabilities/core/connections";
import { settle } from "@/lib/capabilities/dns/settle";
import { getClientIp } from "@/lib/capabilities/network/read-network";

/** The address ip.php sees the console calling from (get_client_ip), streamed per connection. */
export async function ClientIp({ teamId, connection }: { teamId: string; connection: ConnectionRef }) {
  const result = await settle(getClientIp(teamId, connection.id));
  if (!result.ok) return <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={result.error.message} />;
  return (
    <p className="text-sm">
      <span className="text-slate-500 dark:text-slate-400">{connection.label} sees the console calling from </span>
      <span className="font-mono" data-testid="client-ip">
        {result.value}
      </span>
    </p>
  );
}
