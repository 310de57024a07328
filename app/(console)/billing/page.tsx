import type { Metadata } from "next";
import { Suspense } from "react";

import { Balances } from "@/components/billing/balances";
import { ConnectionErrors } from "@/components/billing/connection-errors";
import { InvoiceList } from "@/components/billing/invoice-list";
import { PaymentMethods } from "@/components/billing/payment-methods";
import { SectionSkeleton } from "@/components/billing/section-skeleton";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { requireTeamContext } from "@/lib/auth/session";
import { allInvoices, BILLING_KINDS, listTeamBilling } from "@/lib/capabilities/billing/list-invoices";
import { listPaymentMethods } from "@/lib/capabilities/billing/list-payment-methods";
import { capableConnections } from "@/lib/capabilities/core/connections";

export const metadata: Metadata = { title: "Billing" };

async function InvoicesSection({ teamId }: { teamId: string }) {
  const results = await listTeamBilling(teamId);
  return (
    <div className="space-y-4">
      <ConnectionErrors results={results} />
      <Balances results={results} />
      <InvoiceList rows={allInvoices(results)} connections={results.map((result) => ({ id: result.connection.id, label: result.connection.label }))} />
    </div>
  );
}

async function PaymentMethodsSection({ teamId }: { teamId: string }) {
  return <PaymentMethods results={await listPaymentMethods(teamId)} />;
}

export default async function BillingPage() {
  const context = await requireTeamContext();
  const connections = await capableConnections(context.team.id, "billing", BILLING_KINDS);
  return (
    <>
      <PageHeader title="Billing" description="Balances, invoices and payment methods of every provider account." />
      {connections.length === 0 ? (
        <EmptyState title="No billing account connected">Connect a Time4VPS or XSServer account to see its invoices here.</EmptyState>
      ) : (
        <div className="space-y-8">
          <Suspense fallback={<SectionSkeleton label="Loading balances and invoices…" rows={6} />}>
            <InvoicesSection teamId={context.team.id} />
          </Suspense>
          <section aria-labelledby="payment-methods-heading" className="space-y-3">
            <h2 id="payment-methods-heading" className="text-sm font-semibold text-slate-600 dark:text-slate-300">
              Payment methods and fees
            </h2>
            <Suspense fallback={<SectionSkeleton label="Loading payment methods…" rows={3} />}>
              <PaymentMethodsSection teamId={context.team.id} />
            </Suspense>
          </section>
        </div>
      )}
    </>
  );
}
