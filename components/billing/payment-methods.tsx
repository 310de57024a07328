import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { PaymentMethod } from "@/lib/capabilities/billing/types";
import type { ConnectionRef } from "@/lib/providers/core/types";

export interface ConnectionPaymentMethods {
  connection: ConnectionRef;
  methods: PaymentMethod[];
  /** Why they could not be read. */
  error: string | null;
}

function feeText(method: PaymentMethod): string {
  const parts = [method.percentFee ? `${method.percentFee}%` : null, method.fixedFee ? `${method.fixedFee.toFixed(2)} fixed` : null].filter(Boolean);
  return parts.length ? parts.join(" + ") : "No fee";
}

/** Payment methods with their fees, per connection whose provider lists them. */
export function PaymentMethods({ accounts }: { accounts: readonly ConnectionPaymentMethods[] }) {
  if (accounts.length === 0) {
    return (
      <p className="text-sm text-slate-500 dark:text-slate-400">None of this team&apos;s connections lists payment methods (only Time4VPS&apos;s API does).</p>
    );
  }
  return (
    <div className="space-y-3">
      {accounts.map(({ connection, methods, error }) =>
        error ? (
          <ConnectionErrorRow key={connection.id} label={connection.label} kindLabel={connection.kindLabel} message={error} />
        ) : (
          <Card key={connection.id} className="p-4">
            <p className="text-sm font-medium">{connection.label}</p>
            {methods.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">No payment methods offered.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label={`Payment methods of ${connection.label}`}>
                {methods.map((method) => (
                  <li key={method.id} className="flex items-center justify-between gap-3 py-2" data-testid="payment-method">
                    <span>{method.name}</span>
                    <span className="tabular-nums text-slate-600 dark:text-slate-300">{feeText(method)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ),
      )}
    </div>
  );
}
