"use client";

import { RefreshCw } from "lucide-react";
import { useMemo } from "react";

import { Balances } from "@/components/billing/balances";
import { InvoiceList } from "@/components/billing/invoice-list";
import { PaymentMethods } from "@/components/billing/payment-methods";
import { Button } from "@/components/ui/button";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { EmptyState } from "@/components/ui/states";
import type { BillingView } from "@/lib/capabilities/billing/types";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

/** Balances, every invoice and the payment methods of every billing connection, each shown as its provider answers. */
export function BillingClient({ lists }: { lists: StartedRead<BillingView>[] }) {
  const { states, refetchAll, refreshing } = useConnectionReads(lists, { key: "billing", url: (id) => `/api/billing/${encodeURIComponent(id)}` });
  const answered = useMemo(() => states.flatMap((state) => (state.status === "ok" ? [{ connection: state.connection, ...state.data }] : [])), [states]);
  const invoices = useMemo(() => answered.flatMap((account) => account.invoices), [answered]);
  const waiting = states.filter((state) => state.status === "loading").map((state) => state.connection);
  const errors = states.flatMap((state) => (state.status === "error" ? [state] : []));
  const paymentMethods = answered.flatMap(({ connection, paymentMethods: methods, paymentMethodsError: error }) =>
    methods === null ? [] : [{ connection, methods, error }],
  );

  if (lists.length === 0) {
    return <EmptyState title="No billing account connected">Connect a Time4VPS or XSServer account to see its invoices here.</EmptyState>;
  }

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <div className="flex justify-end">
          <Button variant="secondary" size="sm" onClick={refetchAll} pending={refreshing}>
            <RefreshCw className="h-4 w-4" aria-hidden /> Refresh
          </Button>
        </div>
        {errors.map((state) => (
          <ConnectionErrorRow key={state.connection.id} label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />
        ))}
        <Balances accounts={answered} />
        {answered.length === 0 && waiting.length > 0 ? <SectionSkeleton label="Loading balances and invoices…" rows={6} /> : null}
        {answered.length > 0 ? <InvoiceList rows={invoices} connections={lists.map((list) => list.connection)} waiting={waiting} /> : null}
      </div>
      <section aria-labelledby="payment-methods-heading" className="space-y-3">
        <h2 id="payment-methods-heading" className="text-sm font-semibold text-slate-600 dark:text-slate-300">
          Payment methods and fees
        </h2>
        {waiting.length > 0 && paymentMethods.length === 0 ? (
          <SectionSkeleton label="Loading payment methods…" rows={3} />
        ) : (
          <PaymentMethods accounts={paymentMethods} />
        )}
      </section>
    </div>
  );
}
