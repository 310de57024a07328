"use client";

import { CheckCircle2, XCircle } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import { SuccessNote } from "@/components/ui/states";
import { deleteSubscriptionAction, extendSubscriptionAction, setSubscriptionDisabledAction } from "@/lib/capabilities/iptv/actions";
import { subscriptionKinds, type SubscriptionKind } from "@/lib/capabilities/iptv/subscription-kinds";

import { runBulk, type BulkOutcome } from "./bulk";
import { formatDay } from "./format";

export type BulkOperation = "extend" | "disable" | "enable" | "delete";
export interface BulkTarget {
  connectionId: string;
  key: string;
}

const titles: Record<BulkOperation, string> = { extend: "Extend", disable: "Disable", enable: "Enable", delete: "Delete" };

export const monthOptions = [
  { value: "1", label: "1 month" },
  { value: "3", label: "3 months" },
  { value: "6", label: "6 months" },
  { value: "12", label: "12 months" },
];
export const fromOptions = [
  { value: "now", label: "From now" },
  { value: "expiry", label: "From the current expiry" },
];

/**
 * Applies one change to many lines: the per-line action is called once per line (5 at a time), so each change
 * is audited on its own and one failure never stops the rest; every line's result is listed.
 */
export function BulkDialog({
  kind,
  operation,
  targets,
  onClose,
}: {
  kind: SubscriptionKind;
  operation: BulkOperation | null;
  targets: BulkTarget[];
  onClose: (changed: boolean) => void;
}) {
  const [months, setMonths] = useState("1");
  const [from, setFrom] = useState("now");
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState(0);
  const [results, setResults] = useState<BulkOutcome<BulkTarget>[] | null>(null);
  const noun = subscriptionKinds[kind];

  const start = async () => {
    if (!operation) return;
    setRunning(true);
    setDone(0);
    const progress = { onProgress: setDone, concurrency: 5 };
    let outcome: BulkOutcome<BulkTarget>[];
    if (operation === "extend") {
      outcome = await runBulk(targets, extendSubscriptionAction, (t) => ({ ...t, kind, months, from }), {
        ...progress,
        describe: (data) => `Now expires ${formatDay(data.expiresAt)}`,
      });
    } else if (operation === "delete") {
      outcome = await runBulk(targets, deleteSubscriptionAction, (t) => ({ ...t, kind }), { ...progress, describe: () => "Deleted" });
    } else {
      const disabled = operation === "disable";
      outcome = await runBulk(targets, setSubscriptionDisabledAction, (t) => ({ ...t, kind, disabled }), {
        ...progress,
        describe: () => (disabled ? "Disabled" : "Enabled"),
      });
    }
    setResults(outcome);
    setRunning(false);
  };

  const close = () => {
    if (running) return;
    const changed = results !== null;
    setResults(null);
    setDone(0);
    onClose(changed);
  };
  const succeeded = results?.filter((result) => result.ok).length ?? 0;
  const failed = results ? results.length - succeeded : 0;

  return (
    <Dialog
      open={operation !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      title={operation ? `${titles[operation]} ${targets.length} ${targets.length === 1 ? noun.one : noun.many}` : ""}
      description={operation === "delete" ? `This deletes them at the panel; their users lose access at once. It cannot be undone.` : undefined}
    >
      {results ? (
        <div className="space-y-3">
          <div aria-live="polite">
            <SuccessNote>
              <span data-testid="bulk-summary">
                {succeeded} succeeded, {failed} failed
              </span>
            </SuccessNote>
          </div>
          <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto text-sm dark:divide-slate-800" aria-label="Results per item">
            {results.map((result) => (
              <li
                key={`${result.item.connectionId}:${result.item.key}`}
                className="flex items-start gap-2 py-1.5"
                data-testid="bulk-result"
                data-ok={result.ok}
              >
                {result.ok ? (
                  <CheckCircle2 className="mt-0.5 h-4 w-4 shrink-0 text-emerald-600" aria-label="Succeeded" />
                ) : (
                  <XCircle className="mt-0.5 h-4 w-4 shrink-0 text-red-600" aria-label="Failed" />
                )}
                <span className="font-mono">{result.item.key}</span>
                <span className={result.ok ? "text-slate-500" : "text-red-700 dark:text-red-300"}>{result.message}</span>
              </li>
            ))}
          </ul>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <div className="space-y-4">
          {operation === "extend" ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField label="Extend by" name="months" value={months} onChange={(event) => setMonths(event.target.value)} options={monthOptions} />
              <SelectField label="Counted" name="from" value={from} onChange={(event) => setFrom(event.target.value)} options={fromOptions} />
            </div>
          ) : null}
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Each {noun.one} is changed on its own and recorded in the audit log; if one fails, the others still go ahead.
          </p>
          {running ? (
            <p role="status" className="text-sm">
              {done} of {targets.length} done…
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close} disabled={running}>
              Cancel
            </Button>
            <Button variant={operation === "delete" ? "danger" : "primary"} pending={running} onClick={() => void start()}>
              {operation ? `${titles[operation]} ${targets.length}` : ""}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
