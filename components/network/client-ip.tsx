import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { getClientIp } from "@/lib/capabilities/network/read-network";
import { toFailureSummary } from "@/lib/errors/app-error";
import type { ConnectionRef } from "@/lib/providers/core/types";

/** The address the provider sees the console calling from, streamed in its own boundary. */
export async function ClientIp({ teamId, connection }: { teamId: string; connection: ConnectionRef }) {
  const result = await getClientIp(teamId, connection.id).then(
    (ip) => ({ ok: true as const, ip }),
    (error: unknown) => ({ ok: false as const, ...toFailureSummary(error, "network client ip") }),
  );
  if (!result.ok) return <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={result.message} />;
  return (
    <p className="text-sm">
      <span className="text-slate-500 dark:text-slate-400">{connection.label} sees the console calling from </span>
      <span className="font-mono" data-testid="client-ip">
        {result.ip}
      </span>
    </p>
  );
}
