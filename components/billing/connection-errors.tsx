import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { PerConnection } from "@/lib/capabilities/core/connections";

/** One row per connection that did not answer; the ones that did render beside it. */
export function ConnectionErrors({ results }: { results: readonly PerConnection<unknown>[] }) {
  const failed = results.filter((result) => !result.ok);
  if (failed.length === 0) return null;
  return (
    <div className="space-y-2">
      {failed.map((result) =>
        result.ok ? null : (
          <ConnectionErrorRow key={result.connection.id} label={result.connection.label} kindLabel={result.connection.kindLabel} message={result.error.message} />
        ),
      )}
    </div>
  );
}
