"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { orderAddonAction } from "@/lib/capabilities/services/actions";
import type { AddonsInfo } from "@/lib/capabilities/services/adapter";
import { statusTone } from "@/lib/capabilities/services/list-view";
import { useAction } from "@/lib/ui/use-action";

export function AddonsPanel({
  connectionId,
  serviceId,
  addons,
  canChange,
}: {
  connectionId: string;
  serviceId: string;
  addons: AddonsInfo;
  canChange: boolean;
}) {
  const router = useRouter();
  const [addonId, setAddonId] = useState(addons.orderable[0]?.id ?? "");
  const [confirming, setConfirming] = useState(false);
  const [ordered, setOrdered] = useState<string | null>(null);
  const chosen = addons.orderable.find((addon) => addon.id === addonId);
  const { run, pending, result, reset } = useAction(orderAddonAction, {
    onSuccess: (data) => {
      setOrdered(`${chosen?.name ?? "Addon"} ordered (id ${data.id}); it stays Pending until the provider activates it.`);
      setConfirming(false);
      router.refresh();
    },
  });

  return (
    <div className="space-y-4">
      {addons.ordered.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No addons on this service.</p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {addons.ordered.map((addon) => (
            <li key={addon.id} className="flex items-center justify-between gap-2 py-1.5 text-sm" data-testid="service-addon">
              <span>
                {addon.name} <span className="text-xs text-slate-500">#{addon.id}</span>
              </span>
              <Badge tone={statusTone(addon.status)}>{addon.status}</Badge>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite">{ordered ? <SuccessNote>{ordered}</SuccessNote> : null}</div>
      {addons.orderableNote ? <p className="text-sm text-slate-500">{addons.orderableNote}</p> : null}
      {canChange && addons.orderable.length > 0 ? (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <SelectField
              label="Order an addon"
              value={addonId}
              onChange={(event) => setAddonId(event.target.value)}
              options={addons.orderable.map((addon) => ({ value: addon.id, label: addon.name }))}
              help={chosen?.description ?? undefined}
            />
          </div>
          <Button
            variant="secondary"
            disabled={!chosen}
            onClick={() => {
              reset();
              setConfirming(true);
            }}
          >
            Order…
          </Button>
        </div>
      ) : null}
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Order ${chosen?.name ?? "addon"}?`}
        description="The provider adds it to the service and issues an invoice for it."
      >
        <div className="space-y-3">
          <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Back
            </Button>
            <Button pending={pending} onClick={() => void run({ connectionId, serviceId, addonId })}>
              Order addon
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
