import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/capabilities/billing/invoice-rules";
import type { Balance } from "@/lib/capabilities/billing/types";
import type { ConnectionRef } from "@/lib/providers/core/types";

/** Outstanding balance and credit of each answering account, in the account's currency. */
export function Balances({ accounts }: { accounts: readonly { connection: ConnectionRef; balance: Balance }[] }) {
  if (accounts.length === 0) return null;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Balances">
      {accounts.map(({ connection, balance }) => (
        <li key={connection.id}>
          <Card className="p-4" data-testid="balance-card">
            <p className="truncate text-sm font-medium">{connection.label}</p>
            <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
              <div>
                <dt className="text-slate-500 dark:text-slate-400">Outstanding</dt>
                <dd className="text-lg font-semibold tabular-nums">{formatMoney(balance.outstanding, balance.currency)}</dd>
              </div>
              <div>
                <dt className="text-slate-500 dark:text-slate-400">Credit</dt>
                <dd className="text-lg font-semibold tabular-nums">{formatMoney(balance.credit, balance.currency)}</dd>
              </div>
            </dl>
          </Card>
        </li>
      ))}
    </ul>
  );
}
