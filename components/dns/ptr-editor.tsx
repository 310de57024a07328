"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { hostnameSchema } from "@/lib/capabilities/dns/hostname";
import { updatePtrsAction } from "@/lib/capabilities/rdns/actions";
import type { RdnsEntry } from "@/lib/capabilities/rdns/types";
import { useAction } from "@/lib/ui/use-action";

/** One address's PTR, editable inline; the same host name rule and the same action as the bulk editor. */
export function PtrCell({ entry, canChange, onChanged }: { entry: RdnsEntry; canChange: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(entry.ptr ?? "");
  const [localError, setLocalError] = useState<string>();
  const [note, setNote] = useState<string>();
  const { run, pending, result } = useAction(updatePtrsAction, {
    onSuccess: (data) => {
      const first = data.results[0];
      if (first && !first.ok) return setLocalError(first.message);
      setNote(first?.message);
      setEditing(false);
      onChanged();
    },
  });
  const error = localError ?? (result && !result.ok ? (Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error) : undefined);
  const errorId = `ptr-error-${entry.connectionId}-${entry.ip}`;

  if (!editing) {
    return (
      <div className="flex items-center gap-2">
        <span className={entry.ptr ? "break-all font-mono text-xs" : "text-xs italic text-slate-500"}>
          {entry.ptr === null ? "unknown (the provider does not report PTRs)" : entry.ptr || "no PTR"}
        </span>
        {canChange ? (
          <Button size="icon" variant="ghost" aria-label={`Edit PTR of ${entry.ip}`} onClick={() => setEditing(true)}>
            <Pencil className="h-4 w-4" aria-hidden />
          </Button>
        ) : null}
        {note ? (
          <span className="text-xs text-emerald-700 dark:text-emerald-300" role="status">
            {note}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <form
      className="flex flex-wrap items-start gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = hostnameSchema.safeParse(value);
        if (!checked.success) return setLocalError(checked.error.issues[0]!.message);
        setLocalError(undefined);
        void run({ entries: [{ connectionId: entry.connectionId, ref: entry.ref || undefined, ip: entry.ip, hostname: value }] });
      }}
    >
      <div className="min-w-[12rem] flex-1">
        <input
          aria-label={`PTR of ${entry.ip}`}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900"
        />
        {error ? (
          <p id={errorId} className="mt-1 text-xs text-red-600 dark:text-red-400" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <Button size="sm" type="submit" pending={pending}>
        Save
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
        Cancel
      </Button>
    </form>
  );
}
