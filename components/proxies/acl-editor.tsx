"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, RefreshCw, Trash2 } from "lucide-react";
import { useMemo, useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState, ErrorNote, SuccessNote } from "@/components/ui/states";
import { deleteAclRule, finishAclMoveAction, moveAclRuleAction } from "@/lib/capabilities/proxies/actions";
import { equivalentMask } from "@/lib/capabilities/proxies/cidr";
import type { MoveOutcome } from "@/lib/capabilities/proxies/move-acl-rule";
import type { AclRule, PortAcl } from "@/lib/capabilities/proxies/types";
import { useAction } from "@/lib/ui/use-action";

import { AclAddForm } from "./acl-add-form";
import { portAclKey, usePortRules, type PortRules } from "./use-port-acl";

type Stopped = Extract<MoveOutcome, { status: "stopped" }>;

/** The ordered rules of one HTTP port: add, delete, and move a rule without it ever going missing. */
export function AclEditor({ initial, canChange }: { initial: PortAcl; canChange: boolean }) {
  const key = { connectionId: initial.connection.id, leaseId: initial.leaseId, portId: initial.port.id };
  const queryClient = useQueryClient();
  const query = usePortRules(key, { rules: initial.rules });
  const rules = query.data.rules;
  const [notice, setNotice] = useState<string | null>(null);
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const [deleting, setDeleting] = useState<AclRule | null>(null);

  const reread = () => queryClient.invalidateQueries({ queryKey: portAclKey(key) });
  const afterMove = (outcome: MoveOutcome) => {
    // The move ends by reading the rules back from X4B: show exactly that list; re-read only when it could not.
    if (outcome.rules) queryClient.setQueryData<PortRules>(portAclKey(key), { rules: outcome.rules });
    else void reread();
    if (outcome.status === "moved") {
      setStopped(null);
      setNotice(outcome.message);
    } else {
      setNotice(null);
      setStopped(outcome);
    }
  };
  const move = useAction(moveAclRuleAction, { onSuccess: afterMove });
  const finish = useAction(finishAclMoveAction, { onSuccess: afterMove });
  const remove = useAction(deleteAclRule, {
    onSuccess: (data) => {
      setDeleting(null);
      setNotice(`Deleted the rule for ${data.mask}.`);
      void reread();
    },
  });
  const busy = move.pending || finish.pending;
  const masks = useMemo(() => rules.map((rule) => rule.mask), [rules]);
  const hasFixed = rules.some((rule) => equivalentMask(rule.mask, masks) === null);
  const moveFailure = move.result && !move.result.ok ? move.result.error : finish.result && !finish.result.ok ? finish.result.error : null;

  const moveRule = (index: number, to: number) => {
    const rule = rules[index];
    if (!rule) return;
    setNotice(null);
    setStopped(null);
    void move.run({ ...key, mask: rule.mask, from: index, to });
  };

  return (
    <div className="space-y-4">
      <div aria-live="polite" className="space-y-2">
        {notice ? <SuccessNote>{notice}</SuccessNote> : null}
        {moveFailure ? <ErrorNote>{moveFailure}</ErrorNote> : null}
        {stopped ? (
          <div
            role="alert"
            data-testid="move-stopped"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100"
          >
            <p className="font-medium">The move did not finish.</p>
            <p className="mt-1">{stopped.message}</p>
            {canChange ? (
              <Button
                size="sm"
                className="mt-3"
                pending={finish.pending}
                onClick={() => void finish.run({ ...key, mask: stopped.mask, copyMask: stopped.copyMask, mode: stopped.mode })}
              >
                Finish the move
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>

      <Card>
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
          <h2 className="text-base font-semibold">Rules, first match wins</h2>
          <Button variant="ghost" size="sm" onClick={() => void reread()} pending={query.isFetching} aria-label="Read the rules again">
            <RefreshCw className="h-4 w-4" aria-hidden />
          </Button>
        </div>
        {query.isError ? <ErrorNote className="m-4">{query.error.message} The list below may be out of date.</ErrorNote> : null}
        {rules.length === 0 ? (
          <EmptyState className="m-4" title="No rules on this port">
            Without rules every client may connect. {canChange ? "Add an allow or deny rule below." : null}
          </EmptyState>
        ) : (
          <ol aria-label="ACL rules" className="divide-y divide-slate-100 dark:divide-slate-800">
            {rules.map((rule, index) => {
              const movable = equivalentMask(rule.mask, masks) !== null;
              return (
                <li
                  key={`${rule.mask}-${rule.order}`}
                  data-testid="acl-rule"
                  data-mask={rule.mask}
                  className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3"
                >
                  <span className="w-6 text-right text-sm tabular-nums text-slate-500 dark:text-slate-400" aria-label={`Position ${index + 1}`}>
                    {index + 1}
                  </span>
                  <Badge tone={rule.mode === "allow" ? "good" : "bad"}>{rule.mode}</Badge>
                  <span className="min-w-0 flex-1 break-all font-mono text-sm">{rule.mask}</span>
                  {canChange ? (
                    <span className="flex gap-1">
                      <Button
                        variant="ghost"
                        size="sm"
                        className="disabled:opacity-40"
                        aria-label={`Move ${rule.mask} up`}
                        title={movable ? undefined : "Single addresses cannot be moved safely"}
                        disabled={busy || index === 0 || !movable}
                        onClick={() => moveRule(index, index - 1)}
                      >
                        <ArrowUp className="h-4 w-4" aria-hidden />
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        className="disabled:opacity-40"
                        aria-label={`Move ${rule.mask} down`}
                        title={movable ? undefined : "Single addresses cannot be moved safely"}
                        disabled={busy || index === rules.length - 1 || !movable}
                        onClick={() => moveRule(index, index + 1)}
                      >
                        <ArrowDown className="h-4 w-4" aria-hidden />
                      </Button>
                      <Button variant="ghost" size="sm" aria-label={`Delete ${rule.mask}`} disabled={busy} onClick={() => (remove.reset(), setDeleting(rule))}>
                        <Trash2 className="h-4 w-4 text-red-600" aria-hidden />
                      </Button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        {canChange && hasFixed ? (
          <p className="border-t border-slate-200 px-4 py-3 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
            A move first adds the rule at its new place, then removes the old one, so the port never has fewer rules. X4B keeps one rule per mask, so the copy
            is written as another address of the same range; single addresses (/32, /128) have no other spelling and cannot be moved that way: move the rules
            around them, or delete and re-add them.
          </p>
        ) : null}
      </Card>

      {canChange ? (
        <AclAddForm
          connectionId={key.connectionId}
          leaseId={key.leaseId}
          portId={key.portId}
          ruleCount={rules.length}
          onDone={(message) => (setStopped(null), setNotice(message), void reread())}
        />
      ) : null}

      <Dialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? null : setDeleting(null))}
        title={deleting ? `Delete the ${deleting.mode} rule for ${deleting.mask}?` : "Delete rule"}
        description="The port's other rules keep their order."
      >
        <div aria-live="polite">{remove.result && !remove.result.ok ? <ErrorNote className="mb-3">{remove.result.error}</ErrorNote> : null}</div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setDeleting(null)}>
            Keep it
          </Button>
          <Button variant="danger" pending={remove.pending} onClick={() => deleting && void remove.run({ ...key, mask: deleting.mask })}>
            Delete rule
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
