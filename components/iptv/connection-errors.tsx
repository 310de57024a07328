import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { PerConnection } from "@/lib/capabilities/core/connections";

/** One row per IPTV connection that failed while the others rendered. */
export function ConnectionErrors({ results }: { results: PerConnection<unknown>[] }) {
  const failed = results.filter((result) => !result.ok);
  if (failed.length === 0) return null;
  return (
    <div className="mb-4 space-y-2">
      {failed.map((result) => (
        <ConnectionErrorRow key={result.connection.id} label={result.connection.label} kindLabel={result.connection.kindLabel} message={result.ok ? "" : result.error.message} />
      ))}
    </div>
  );
}
