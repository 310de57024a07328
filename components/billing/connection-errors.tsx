import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { ConnectionRef } from "@/lib/providers/core/types";

type SettledRow = { connection: ConnectionRef } & ({ ok: true } | { ok: false; error: { message: string } });

/** One row per connection that did not answer; the ones that did render beside it. */
export function ConnectionErrors({ results }: { results: readonly SettledRow[] }) {
  const failed = results.flatMap((result) => (result.ok ? [] : [result]));
  if (failed.length === 0) return null;
  return (
    <div className="space-y-2">
      {failed.map((result) => (
        <ConnectionErrorRow key={result.connection.id} label={result.connection.label} kindLabel={result.connection.kindLabel} message={result.error.message} />
      ))}
    </div>
  );
}
