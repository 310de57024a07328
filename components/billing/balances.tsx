import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/capabilities/billing/invoice-rules";
import type { ConnectionBilling } from "@/lib/capabilities/billing/types";
import type { PerConnection } from "@/lib/capabilities/core/connections";

/** Outstanding balance and credit of each answering account, in the account's currency. */
export function Balances({ results }: { results: readonly PerConnection<ConnectionBilling>[] }) {
  const answering = results.filter((result) => result.ok);
  if (answering.length === 0) return null;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Balances">
      {answering.map((result) =>
        result.ok ? (
          <li key={result.connection.id}>
            <Card className="p-4" data-testid="balance-card">
              <p className="truncate text-sm font-medium">{result.connection.label}</p>
              <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
                <div>
                  <dt className="text-slate-500 dark:text-slate-400">Outstanding</dt>
                  <dd className="text-lg font-semibold tabular-nums">{formatMoney(result.value.balance.outstanding, result.value.balance.currency)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500 dark:text-slate-400">Credit</dt>
                  <dd className="text-lg font-semibold tabular-nums">{formatMoney(result.value.balance.credit, result.value.balance.currency)}</dd>
                </div>
              </dl>
            </Card>
          </li>
        ) : null,
      )}
    </ul>
  );
}
