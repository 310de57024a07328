"use client";

import { addMonths } from "date-fns";
import { ArrowLeft, CalendarPlus, Pencil, Power, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { deleteSubscriptionAction, extendSubscriptionAction, setSubscriptionDisabledAction, updateSubscriptionAction } from "@/lib/capabilities/iptv/actions";
import { expiryLabel } from "@/lib/capabilities/iptv/expiry";
import { subscriptionKinds, type SubscriptionKind } from "@/lib/capabilities/iptv/subscription-kinds";
import type { IptvSubscription, ResellerOption, ViewerConnection } from "@/lib/capabilities/iptv/types";
import { useAction } from "@/lib/ui/use-action";

import { fromOptions, monthOptions } from "./bulk-dialog";
import { formatDay, formatMoment } from "./format";
import { SubscriptionForm } from "./subscription-form";
import { useForgetIptvList } from "./use-iptv-lists";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

export function SubscriptionDetailClient({
  kind,
  subscription,
  viewers,
  channelIds,
  resellers,
  now,
  canChange,
  canDestroy,
}: {
  kind: SubscriptionKind;
  subscription: IptvSubscription;
  viewers: ViewerConnection[];
  channelIds: number[];
  resellers: ResellerOption[];
  now: number;
  canChange: boolean;
  canDestroy: boolean;
}) {
  const router = useRouter();
  const noun = subscriptionKinds[kind];
  const listHref = noun.listPath;
  const forgetList = useForgetIptvList(noun.list);
  const [dialog, setDialog] = useState<"edit" | "extend" | "delete" | null>(null);
  const [months, setMonths] = useState("1");
  const [from, setFrom] = useState("now");
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    forgetList();
    router.refresh();
  };
  const update = useAction(updateSubscriptionAction, { onSuccess: () => done("Changes saved.") });
  const extend = useAction(extendSubscriptionAction, { onSuccess: (data) => done(`Extended: now expires ${formatDay(data.expiresAt)}.`) });
  const setDisabled = useAction(setSubscriptionDisabledAction, { onSuccess: (data) => done(data.disabled ? `${noun.One} disabled.` : `${noun.One} enabled.`) });
  const remove = useAction(deleteSubscriptionAction, {
    onSuccess: () => {
      forgetList();
      router.push(listHref);
    },
  });

  const ref = { kind, connectionId: subscription.connectionId, key: subscription.key };
  const expiry = expiryLabel(subscription.expiresAt, now);
  const base = from === "now" ? now : subscription.expiresAt;
  const preview = base === null ? null : Math.floor(addMonths(new Date(base * 1000), Number(months)).getTime() / 1000);

  return (
    <div className="space-y-4">
      <Link href={listHref} className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-brand-100">
        <ArrowLeft className="h-4 w-4" aria-hidden /> All {noun.many}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="font-mono text-xl font-semibold" data-testid="subscription-key">
            {subscription.key}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <Badge tone={subscription.disabled ? "bad" : "good"}>{subscription.disabled ? "disabled" : "enabled"}</Badge>
            <Badge tone={expiry.tone}>{expiry.text}</Badge>
            {subscription.isTrial ? <Badge>trial</Badge> : null}
            <span>{subscription.connectionLabel}</span>
          </p>
        </div>
        {canChange ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setDialog("edit")}>
              <Pencil className="h-4 w-4" aria-hidden /> Edit
            </Button>
            <Button onClick={() => setDialog("extend")}>
              <CalendarPlus className="h-4 w-4" aria-hidden /> Extend
            </Button>
            <Button variant="secondary" pending={setDisabled.pending} onClick={() => void setDisabled.run({ ...ref, disabled: !subscription.disabled })}>
              <Power className="h-4 w-4" aria-hidden /> {subscription.disabled ? "Enable" : "Disable"}
            </Button>
            {canDestroy ? (
              <Button variant="danger" onClick={() => setDialog("delete")}>
                <Trash2 className="h-4 w-4" aria-hidden /> Delete
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div aria-live="polite">
        {notice ? <SuccessNote>{notice}</SuccessNote> : null}
        {setDisabled.result && !setDisabled.result.ok ? <ErrorNote>{setDisabled.result.error}</ErrorNote> : null}
      </div>

      <Card className="p-4">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Fact label="Expires">{subscription.expiresAt === null ? "Unlimited" : formatMoment(subscription.expiresAt)}</Fact>
          <Fact label="Connections">
            <span data-testid="active-connections">{subscription.activeConnections}</span> active of {subscription.maxConnections}
          </Fact>
          <Fact label="Reseller">{subscription.resellerName ?? "—"}</Fact>
          <Fact label="Subscription plan">{subscription.subscriptionPlanId ? `#${subscription.subscriptionPlanId}` : "—"}</Fact>
          {kind === "line" ? (
            <>
              <Fact label="Restreamer">{subscription.restreamer ? "Yes" : "No"}</Fact>
              <Fact label="ISP lock">{subscription.ispLock ? "On" : "Off"}</Fact>
              <Fact label="Allowed IPs">{subscription.allowedIps.length ? subscription.allowedIps.join(", ") : "Any"}</Fact>
              <Fact label="Allowed user agents">{subscription.allowedUserAgents.length ? subscription.allowedUserAgents.join(", ") : "Any"}</Fact>
            </>
          ) : (
            <Fact label="Device lock">{subscription.lockDevice ? "Locked" : "Off"}</Fact>
          )}
          <Fact label="Created">{formatDay(subscription.createdAt)}</Fact>
          <div className="col-span-2 sm:col-span-4">
            <Fact label="Notes">{subscription.notes || "—"}</Fact>
          </div>
        </dl>
      </Card>

      <section aria-labelledby="viewers-heading" className="space-y-2">
        <h3 id="viewers-heading" className="text-base font-semibold">
          Active connections
        </h3>
        {viewers.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Nobody is watching right now.</p>
        ) : (
          <Card className="relative overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm" aria-label="Active connections">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
                <tr>
                  <th className="px-3 py-2">Stream</th>
                  <th className="px-3 py-2">IP</th>
                  <th className="px-3 py-2">Country / ISP</th>
                  <th className="px-3 py-2">Player</th>
                  <th className="px-3 py-2">Since</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {viewers.map((viewer, index) => (
                  <tr key={index}>
                    <td className="px-3 py-2">#{viewer.streamId}</td>
                    <td className="px-3 py-2 font-mono">{viewer.ip}</td>
                    <td className="px-3 py-2">
                      {viewer.country ?? "—"} {viewer.isp ? <span className="text-slate-500">· {viewer.isp}</span> : null}
                    </td>
                    <td className="max-w-[14rem] truncate px-3 py-2" title={viewer.userAgent ?? ""}>
                      {viewer.userAgent ?? "—"} {viewer.container ? <span className="text-slate-500">({viewer.container})</span> : null}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{formatMoment(viewer.startedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>

      <section aria-labelledby="channels-heading" className="space-y-2">
        <h3 id="channels-heading" className="text-base font-semibold">
          Channels ({channelIds.length})
        </h3>
        <p className="break-words font-mono text-sm text-slate-600 dark:text-slate-400">
          {channelIds.length ? channelIds.join(", ") : "No bouquets: no channels."}
        </p>
      </section>

      {canChange ? (
        <>
          <Dialog open={dialog === "edit"} onOpenChange={(open) => setDialog(open ? "edit" : null)} title={`Edit ${subscription.key}`}>
            <SubscriptionForm
              kind={kind}
              connections={[{ id: subscription.connectionId, label: subscription.connectionLabel, resellers }]}
              editing={subscription}
              run={update.run}
              pending={update.pending}
              result={update.result}
              fieldError={update.fieldError}
              onCancel={() => setDialog(null)}
            />
          </Dialog>
          <Dialog open={dialog === "extend"} onOpenChange={(open) => setDialog(open ? "extend" : null)} title={`Extend ${subscription.key}`}>
            <div className="space-y-4">
              <div className="grid gap-4 sm:grid-cols-2">
                <SelectField label="Extend by" name="months" value={months} onChange={(event) => setMonths(event.target.value)} options={monthOptions} />
                <SelectField
                  label="Counted"
                  name="from"
                  value={from}
                  onChange={(event) => setFrom(event.target.value)}
                  options={fromOptions}
                  error={extend.fieldError("from")}
                />
              </div>
              <p className="text-sm" data-testid="extend-preview">
                {preview === null ? "This line is unlimited: count from now instead." : `New expiry: ${formatDay(preview)}`}
              </p>
              <div aria-live="polite">{extend.result && !extend.result.ok ? <ErrorNote>{extend.result.error}</ErrorNote> : null}</div>
              <div className="flex justify-end gap-2">
                <Button variant="secondary" onClick={() => setDialog(null)}>
                  Cancel
                </Button>
                <Button pending={extend.pending} disabled={preview === null} onClick={() => void extend.run({ ...ref, months, from })}>
                  Extend
                </Button>
              </div>
            </div>
          </Dialog>
          <Dialog
            open={dialog === "delete"}
            onOpenChange={(open) => setDialog(open ? "delete" : null)}
            title={`Delete ${subscription.key}?`}
            description={`The ${noun.one} is deleted at the panel and its viewers lose access at once. This cannot be undone.`}
          >
            <div className="space-y-4">
              <div aria-live="polite">{remove.result && !remove.result.ok ? <ErrorNote>{remove.result.error}</ErrorNote> : null}</div>
              <div className="flex justify-end gap-2">
                <Button variant="secondary" onClick={() => setDialog(null)}>
                  Cancel
                </Button>
                <Button variant="danger" pending={remove.pending} onClick={() => void remove.run(ref)}>
                  Delete {noun.one}
                </Button>
              </div>
            </div>
          </Dialog>
        </>
      ) : null}
    </div>
  );
}
