import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";

import { CancelPanel } from "@/components/services/cancel-panel";
import { AddonsSection, IpsSection, PduSection, UpgradeSection, VpnSection } from "@/components/services/detail-sections";
import { formatDay, formatPrice } from "@/components/services/format";
import { LabelForm } from "@/components/services/label-form";
import { Section, SectionSkeleton } from "@/components/services/section";
import { DueBadge, ServiceStatusBadge } from "@/components/services/service-status";
import { PageHeader } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { isClosedStatus } from "@/lib/capabilities/services/list-view";
import { getServiceDetail } from "@/lib/capabilities/services/read-services";
import { serviceIdSchema } from "@/lib/capabilities/services/schemas";
import { loadForPage } from "@/lib/errors/page-outcome";

export const metadata: Metadata = { title: "Service" };

function BackLink() {
  return (
    <Link href="/services" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
      <ArrowLeft className="h-4 w-4" aria-hidden /> All services
    </Link>
  );
}

export default async function ServicePage({ params }: { params: Promise<{ connectionId: string; id: string }> }) {
  const { connectionId, id } = await params;
  const context = await requireTeamContext();
  // Decided before anything streams, so a wrong id answers 404.
  const loaded = await loadForPage(() => getServiceDetail(context.team.id, connectionId, serviceIdSchema.parse(id)), "service page");
  if (!loaded.ok) {
    return (
      <>
        <BackLink />
        <PageHeader title={`Service #${id}`} />
        <ErrorNote>The provider could not be read: {loaded.message}</ErrorNote>
      </>
    );
  }

  const detail = loaded.value;
  const { row, features } = detail;
  const canChange = can(context.role, "resources:change");
  const canDestroy = can(context.role, "resources:destroy");
  const live = !isClosedStatus(row.status);
  const props = { teamId: context.team.id, connectionId, serviceId: id };
  const facts: { name: string; value: ReactNode }[] = [
    { name: "Status", value: <ServiceStatusBadge row={row} /> },
    { name: "Product", value: row.product },
    { name: "Domain", value: row.domain ?? "—" },
    { name: "Billing cycle", value: `${row.billingCycle ?? "—"}${row.inferred && row.billingCycle ? " (inferred)" : ""}` },
    { name: "Price", value: `${formatPrice(row.price, row.currency)}${row.inferred && row.price !== null ? " (latest invoice)" : ""}` },
    {
      name: "Next due",
      value: (
        <span className="inline-flex flex-wrap items-center gap-2">
          {formatDay(row.nextDue)}
          {row.inferred && row.nextDue ? " (inferred)" : ""}
          <DueBadge row={row} />
        </span>
      ),
    },
  ];
  if (detail.createdAt) facts.push({ name: "Created", value: formatDay(detail.createdAt) });

  return (
    <>
      <BackLink />
      <PageHeader
        title={row.label ?? row.domain ?? row.product}
        description={`${row.providerLabel} · ${row.connectionLabel} · service #${row.id}`}
        actions={features.label && canChange ? <LabelForm connectionId={connectionId} serviceId={id} label={row.label} /> : undefined}
      />
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <Section id="summary" title="Summary">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map((fact) => (
              <div key={fact.name} className="contents">
                <dt className="text-slate-500">{fact.name}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
            {features.label ? (
              <div className="contents">
                <dt className="text-slate-500">Label</dt>
                <dd data-testid="service-label">{row.label ?? <span className="text-slate-500">none</span>}</dd>
              </div>
            ) : null}
          </dl>
          {detail.notes.length > 0 ? (
            <ul className="mt-3 space-y-1 text-xs text-slate-500">
              {detail.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </Section>

        <Section id="raw" title="All details" description="Every field the provider returned for this service.">
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {detail.raw.map((field) => (
              <div key={field.name} className="contents">
                <dt className="text-slate-500">{field.name}</dt>
                <dd className="mb-1 break-all font-mono text-xs sm:mb-0 sm:text-sm">{field.value}</dd>
              </div>
            ))}
          </dl>
        </Section>

        {features.ips ? (
          <Suspense fallback={<SectionSkeleton title="IP addresses and reverse DNS" />}>
            <IpsSection {...props} />
          </Suspense>
        ) : null}
        {features.pdu ? (
          <Suspense fallback={<SectionSkeleton title="PDU ports" />}>
            <PduSection {...props} canChange={canChange} />
          </Suspense>
        ) : null}
        {features.vpn ? (
          <Suspense fallback={<SectionSkeleton title="VPN" />}>
            <VpnSection {...props} />
          </Suspense>
        ) : null}
        {features.upgrade ? (
          <Suspense fallback={<SectionSkeleton title="Upgrade" />}>
            <UpgradeSection {...props} canChange={canChange} currency={row.currency} />
          </Suspense>
        ) : null}
        {features.addons ? (
          <Suspense fallback={<SectionSkeleton title="Addons" />}>
            <AddonsSection {...props} canChange={canChange} live={live} />
          </Suspense>
        ) : null}

        {features.cancel && canDestroy ? (
          <Section id="cancel" title="Cancellation" description="Ask the provider to end this service, now or at the end of the paid period.">
            <CancelPanel connectionId={connectionId} serviceId={id} confirmText={detail.confirmText} />
          </Section>
        ) : null}
        {features.cancel && canChange && !canDestroy ? (
          <Section id="cancel" title="Cancellation">
            <p className="text-sm text-slate-600 dark:text-slate-400">Only admins can request a cancellation.</p>
          </Section>
        ) : null}
      </div>
    </>
  );
}
