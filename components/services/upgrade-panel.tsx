"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { estimateUpgradeAction, requestUpgradeAction } from "@/lib/capabilities/services/actions";
import type { UpgradeEstimate, UpgradeOptions } from "@/lib/capabilities/services/types";
import { useAction } from "@/lib/ui/use-action";

import { formatPrice } from "./format";

function EstimateTable({ estimate, currency }: { estimate: UpgradeEstimate; currency: string | null }) {
  const money = (value: number | null) => formatPrice(value, estimate.currency ?? currency);
  return (
    <div className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800" data-testid="upgrade-estimate">
      <ul className="space-y-1">
        {estimate.items.map((item, index) => (
          <li key={`${item.name}-${index}`} className="flex flex-wrap justify-between gap-2">
            <span>
              {item.name}: {item.from} → {item.to}
            </span>
            <span className="tabular-nums">{money(item.price)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 border-t border-slate-200 pt-2 dark:border-slate-800">
        <dt>Subtotal</dt>
        <dd className="text-right tabular-nums">{money(estimate.subtotal)}</dd>
        <dt>Tax</dt>
        <dd className="text-right tabular-nums">{money(estimate.tax)}</dd>
        <dt className="font-semibold">Total</dt>
        <dd className="text-right font-semibold tabular-nums">{money(estimate.total)}</dd>
      </dl>
    </div>
  );
}

export function UpgradePanel({
  connectionId,
  serviceId,
  options,
  canChange,
  currency,
}: {
  connectionId: string;
  serviceId: string;
  options: UpgradeOptions;
  canChange: boolean;
  currency: string | null;
}) {
  const router = useRouter();
  const current = useMemo(
    () => Object.fromEntries(options.resources.map((resource) => [resource.id, resource.items.find((item) => item.selected)?.id ?? ""])),
    [options.resources],
  );
  const [choices, setChoices] = useState<Record<string, string>>(current);
  const [packageId, setPackageId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [placed, setPlaced] = useState<UpgradeEstimate | null>(null);

  const changed = Object.fromEntries(Object.entries(choices).filter(([id, item]) => item && item !== current[id]));
  const input = { connectionId, serviceId, resources: changed, ...(packageId ? { packageId } : {}) };
  const estimate = useAction(estimateUpgradeAction);
  const request = useAction(requestUpgradeAction, {
    onSuccess: (data) => {
      setPlaced(data);
      setConfirming(false);
      estimate.reset();
      router.refresh();
    },
  });
  const nothingChosen = Object.keys(changed).length === 0 && !packageId;
  const estimated = estimate.result?.ok ? estimate.result.data : null;
  const clearEstimate = () => {
    estimate.reset();
    setPlaced(null);
  };

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        {options.resources.map((resource) => (
          <SelectField
            key={resource.id}
            label={resource.name}
            value={choices[resource.id] ?? ""}
            disabled={!canChange}
            onChange={(event) => {
              setChoices({ ...choices, [resource.id]: event.target.value });
              clearEstimate();
            }}
            options={resource.items.map((item) => ({
              value: item.id,
              label: `${item.name} — ${formatPrice(item.price, currency)}${item.selected ? " (current)" : ""}`,
            }))}
          />
        ))}
        {options.packages.length > 0 ? (
          <SelectField
            label="Package"
            value={packageId}
            disabled={!canChange}
            onChange={(event) => {
              setPackageId(event.target.value);
              clearEstimate();
            }}
            options={[
              { value: "", label: "Keep the current package" },
              ...options.packages.map((item) => ({ value: item.id, label: `${item.name} — ${formatPrice(item.price, currency)}` })),
            ]}
          />
        ) : null}
      </div>

      <div aria-live="polite" className="space-y-2">
        {placed ? (
          <SuccessNote>
            Upgrade ordered{placed.invoiceId ? `; invoice ${placed.invoiceId} was issued` : ""}. Total {formatPrice(placed.total, placed.currency ?? currency)}.
          </SuccessNote>
        ) : null}
        {estimate.result && !estimate.result.ok ? <ErrorNote>{estimate.fieldError("resources") ?? estimate.result.error}</ErrorNote> : null}
        {estimated ? <EstimateTable estimate={estimated} currency={currency} /> : null}
      </div>

      {canChange ? (
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" disabled={nothingChosen} pending={estimate.pending} onClick={() => void estimate.run(input)}>
            Estimate price
          </Button>
          <Button disabled={!estimated} onClick={() => setConfirming(true)}>
            Request upgrade…
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-500">Only operators and admins can request upgrades.</p>
      )}

      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Place the upgrade order?"
        description="The provider applies the change and issues an invoice for the amount below."
      >
        <div className="space-y-3">
          {estimated ? <EstimateTable estimate={estimated} currency={currency} /> : null}
          <div aria-live="polite">{request.result && !request.result.ok ? <ErrorNote>{request.result.error}</ErrorNote> : null}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Back
            </Button>
            <Button pending={request.pending} onClick={() => void request.run(input)}>
              Confirm upgrade
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
