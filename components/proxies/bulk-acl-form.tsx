"use client";

import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { SelectField, TextField } from "@/components/ui/field";
import { EmptyState, ErrorNote } from "@/components/ui/states";
import { applyBulkAclAction } from "@/lib/capabilities/proxies/actions";
import type { BulkPortResult } from "@/lib/capabilities/proxies/apply-bulk-acl";
import { parseCidr } from "@/lib/capabilities/proxies/cidr";
import type { LeaseHttpPorts } from "@/lib/capabilities/proxies/types";
import { useAction } from "@/lib/ui/use-action";

const refOf = (leaseId: number, portId: number) => `${leaseId}:${portId}`;
const tones = { added: "good", exists: "neutral", failed: "bad" } as const;
const words = { added: "Added", exists: "Already there", failed: "Failed" } as const;

/** One allow/deny rule onto many HTTP ports at once, with each port's outcome. */
export function BulkAclForm({ connectionId, connectionLabel, leases }: { connectionId: string; connectionLabel: string; leases: LeaseHttpPorts[] }) {
  const all = leases.flatMap((lease) => lease.ports.map((port) => refOf(lease.leaseId, port.id)));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [maskError, setMaskError] = useState<string | undefined>();
  const [results, setResults] = useState<BulkPortResult[] | null>(null);
  const { run, pending, result, fieldError } = useAction(applyBulkAclAction, { onSuccess: setResults });
  const portLabel = (leaseId: number, portId: number) => {
    const port = leases.find((l) => l.leaseId === leaseId)?.ports.find((p) => p.id === portId);
    return port ? `Lease ${leaseId}, port ${port.from}${port.domain ? ` (${port.domain})` : ""}` : `Lease ${leaseId}, port id ${portId}`;
  };
  const toggle = (ref: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(ref)) next.delete(ref);
      else next.add(ref);
      return next;
    });

  if (all.length === 0 && leases.every((l) => !l.error)) {
    return <EmptyState title="No HTTP ports">ACL rules apply to HTTP ports only, and none of the leases of {connectionLabel} has one.</EmptyState>;
  }
  return (
    <div className="space-y-4">
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const parsed = parseCidr(String(form.get("mask") ?? ""));
          setMaskError(parsed.ok ? undefined : parsed.message);
          if (!parsed.ok) return;
          setResults(null);
          void run({ connectionId, mode: form.get("mode"), mask: form.get("mask"), placement: form.get("placement"), ports: [...selected] });
        }}
      >
        <Card className="grid gap-3 p-4 sm:grid-cols-3">
          <SelectField
            label="Mode"
            name="mode"
            options={[
              { value: "allow", label: "Allow" },
              { value: "deny", label: "Deny" },
            ]}
          />
          <TextField
            label="Mask (CIDR)"
            name="mask"
            placeholder="203.0.113.0/24"
            autoComplete="off"
            spellCheck={false}
            error={maskError ?? fieldError("mask")}
            onChange={() => setMaskError(undefined)}
          />
          <SelectField
            label="Place"
            name="placement"
            options={[
              { value: "start", label: "First on each port" },
              { value: "end", label: "Last on each port" },
            ]}
          />
        </Card>
        <Card className="p-4">
          <fieldset>
            <legend className="mb-2 flex w-full flex-wrap items-center justify-between gap-2 text-sm font-semibold">
              <span>
                Ports ({selected.size} of {all.length} chosen)
              </span>
              <Button variant="secondary" size="sm" onClick={() => setSelected(selected.size === all.length ? new Set() : new Set(all))}>
                {selected.size === all.length ? "Choose none" : "Choose all"}
              </Button>
            </legend>
            <div className="space-y-3">
              {leases.map((lease) => (
                <div key={lease.leaseId}>
                  <p className="text-xs font-medium uppercase text-slate-500 dark:text-slate-400">
                    Lease {lease.leaseId} · {lease.addr}
                  </p>
                  {lease.error ? <ConnectionErrorRow label={`Lease ${lease.leaseId}`} message={lease.error} /> : null}
                  {!lease.error && lease.ports.length === 0 ? <p className="text-sm text-slate-500">No HTTP ports.</p> : null}
                  <ul className="mt-1 grid gap-1 sm:grid-cols-2">
                    {lease.ports.map((port) => {
                      const ref = refOf(lease.leaseId, port.id);
                      return (
                        <li key={port.id}>
                          <label className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-800/60">
                            <input type="checkbox" checked={selected.has(ref)} onChange={() => toggle(ref)} className="h-4 w-4" />
                            {portLabel(lease.leaseId, port.id)}
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </div>
            {fieldError("ports") ? <p className="mt-2 text-sm text-red-600 dark:text-red-400">{fieldError("ports")}</p> : null}
          </fieldset>
        </Card>
        <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
        <Button type="submit" pending={pending} disabled={selected.size === 0}>
          Apply to {selected.size} port{selected.size === 1 ? "" : "s"}
        </Button>
      </form>

      {results ? (
        <Card aria-live="polite">
          <h2 className="border-b border-slate-200 px-4 py-3 text-base font-semibold dark:border-slate-800">
            Result: {results.filter((r) => r.outcome === "added").length} added, {results.filter((r) => r.outcome === "exists").length} already there,{" "}
            {results.filter((r) => r.outcome === "failed").length} failed
          </h2>
          <ul aria-label="Result per port" className="divide-y divide-slate-100 dark:divide-slate-800">
            {results.map((r) => (
              <li key={refOf(r.leaseId, r.portId)} data-testid="bulk-result" className="flex flex-wrap items-center gap-2 px-4 py-2 text-sm">
                <Badge tone={tones[r.outcome]}>{words[r.outcome]}</Badge>
                <span className="font-medium">{portLabel(r.leaseId, r.portId)}</span>
                <span className="text-slate-600 dark:text-slate-400">{r.message}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
