import { Card } from "@/components/ui/card";
import type { PaymentMethod } from "@/lib/capabilities/billing/types";
import type { PerConnection } from "@/lib/capabilities/core/connections";

import { ConnectionErrors } from "./connection-errors";

function feeText(method: PaymentMethod): string {
  const parts = [method.percentFee ? `${method.percentFee}%` : null, method.fixedFee ? `${method.fixedFee.toFixed(2)} fixed` : null].filter(Boolean);
  return parts.length ? parts.join(" + ") : "No fee";
}

export function PaymentMethods({ results }: { results: readonly PerConnection<PaymentMethod[]>[] }) {
  return (
    <div className="space-y-3">
      <ConnectionErrors results={results} />
      {results.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">None of this team&apos;s connections lists payment methods (only Time4VPS&apos;s API does).</p>
      ) : null}
      {results.map((result) =>
        result.ok ? (
          <Card key={result.connection.id} className="p-4">
            <p className="text-sm font-medium">{result.connection.label}</p>
            {result.value.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">No payment methods offered.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label={`Payment methods of ${result.connection.label}`}>
                {result.value.map((method) => (
                  <li key={method.id} className="flex items-center justify-between gap-3 py-2" data-testid="payment-method">
                    <span>{method.name}</span>
                    <span className="tabular-nums text-slate-600 dark:text-slate-300">{feeText(method)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null,
      )}
    </div>
  );
}
