"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { createSubscriptionAction, importSubscriptionsAction } from "@/lib/capabilities/iptv/actions";
import { subscriptionKinds, type SubscriptionKind } from "@/lib/capabilities/iptv/subscription-kinds";
import { useAction } from "@/lib/ui/use-action";

import { CopyButton } from "./copy-button";
import { SubscriptionForm, type ConnectionOption } from "./subscription-form";

/** Create a line or MAG device; a line's credentials (generated or typed) are shown once, with copy buttons. */
export function CreateDialog({
  kind,
  connections,
  open,
  onOpenChange,
  onCreated,
}: {
  kind: SubscriptionKind;
  connections: ConnectionOption[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: () => void;
}) {
  const [created, setCreated] = useState<{ key: string; password: string | null } | null>(null);
  const noun = subscriptionKinds[kind];
  const action = useAction(createSubscriptionAction, { onSuccess: (data) => setCreated({ key: data.key, password: data.password }) });
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      if (created) onCreated();
      setCreated(null);
      action.reset();
    }
  };
  return (
    <Dialog open={open} onOpenChange={close} title={`New ${noun.one}`}>
      {created ? (
        <div className="space-y-4">
          <SuccessNote>
            {kind === "line" ? "Line created. These credentials are shown only now: copy them before closing." : `MAG device ${created.key} added.`}
          </SuccessNote>
          <dl className="space-y-3 text-sm" data-testid="created-credentials">
            <div className="flex items-center justify-between gap-2">
              <div>
                <dt className="text-slate-500">{noun.keyLabel}</dt>
                <dd className="font-mono text-base" data-testid="created-username">
                  {created.key}
                </dd>
              </div>
              <CopyButton text={created.key} label={kind === "line" ? "Copy username" : "Copy MAC address"} />
            </div>
            {created.password ? (
              <div className="flex items-center justify-between gap-2">
                <div>
                  <dt className="text-slate-500">Password</dt>
                  <dd className="font-mono text-base" data-testid="created-password">
                    {created.password}
                  </dd>
                </div>
                <CopyButton text={created.password} label="Copy password" />
              </div>
            ) : null}
          </dl>
          <div className="flex justify-end">
            <Button onClick={() => close(false)}>Done</Button>
          </div>
        </div>
      ) : (
        <SubscriptionForm
          kind={kind}
          connections={connections}
          run={action.run}
          pending={action.pending}
          result={action.result}
          fieldError={action.fieldError}
          onCancel={() => close(false)}
        />
      )}
    </Dialog>
  );
}

/**
 * The panel cannot list lines: existing ones are added by username (or MAC), typed, pasted or read from a CSV file
 * in the browser, and each row is checked with an info call and answered on its own.
 */
export function ImportDialog({
  kind,
  connections,
  open,
  onOpenChange,
  onImported,
}: {
  kind: SubscriptionKind;
  connections: ConnectionOption[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onImported: () => void;
}) {
  const [text, setText] = useState("");
  const [fileNote, setFileNote] = useState<string>();
  const { run, pending, result, fieldError, reset } = useAction(importSubscriptionsAction, { onSuccess: onImported });
  const noun = subscriptionKinds[kind];
  const what = kind === "line" ? "usernames" : "MAC addresses";
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      reset();
      setText("");
      setFileNote(undefined);
    }
  };
  const rows = result?.ok ? result.data.results : [];
  const added = rows.filter((row) => row.outcome === "added").length;
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={`Add existing ${noun.many}`}
      description={`The panel's API cannot list ${noun.many}. Enter, paste or load from a CSV file the ${what} of ${noun.many} made in the panel; Hostdeck checks each and lists them from then on.`}
    >
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void run(new FormData(event.currentTarget));
        }}
      >
        <input type="hidden" name="kind" value={kind} />
        <SelectField label="Panel" name="connectionId" options={connections.map((c) => ({ value: c.id, label: c.label }))} />
        <div className="space-y-1">
          <label htmlFor="import-keys" className="block text-sm font-medium">
            {kind === "line" ? "Usernames" : "MAC addresses"}
          </label>
          <textarea
            id="import-keys"
            name="keys"
            rows={6}
            required
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={Boolean(fieldError("keys"))}
            aria-describedby="import-keys-help"
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
          />
          <p id="import-keys-help" className="text-xs text-slate-500">
            One per line or separated by commas; a CSV file with a header row uses its {kind === "line" ? "username" : "mac_address"} column. Up to 200 at a
            time.
          </p>
          {fieldError("keys") ? <p className="text-sm text-red-600 dark:text-red-400">{fieldError("keys")}</p> : null}
        </div>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            Or load a CSV file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="block w-full text-sm"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              if (file.size > 500_000) return setFileNote(`${file.name} is too large (at most 500 kB).`);
              setText(await file.text());
              setFileNote(`Loaded ${file.name}: check the list above, then Add.`);
            }}
          />
          {fileNote ? (
            <p className="text-xs text-slate-500" role="status">
              {fileNote}
            </p>
          ) : null}
        </div>
        <div aria-live="polite" className="space-y-2">
          {result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}
          {result?.ok ? (
            <SuccessNote>
              Added {added} {added === 1 ? noun.one : noun.many}.
              {rows.length > added ? ` ${rows.length - added} of ${rows.length} rows not added: see below.` : ""}
            </SuccessNote>
          ) : null}
        </div>
        {rows.length > 0 ? (
          <div className="max-h-64 overflow-auto rounded-md border border-slate-200 dark:border-slate-700">
            <table className="w-full text-left text-sm" aria-label="Result per row">
              <thead className="sticky top-0 bg-slate-50 text-xs text-slate-500 dark:bg-slate-900">
                <tr>
                  <th scope="col" className="px-2 py-1">
                    Line
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {kind === "line" ? "Username" : "MAC address"}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Result
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr
                    key={`${row.line}-${index}`}
                    data-testid="import-row"
                    data-outcome={row.outcome}
                    className="border-t border-slate-100 dark:border-slate-800"
                  >
                    <td className="px-2 py-1 tabular-nums text-slate-500">{row.line}</td>
                    <td className="break-all px-2 py-1 font-mono">{row.key ?? row.value}</td>
                    <td className={row.outcome === "added" || row.outcome === "listed" ? "px-2 py-1" : "px-2 py-1 text-red-700 dark:text-red-400"}>
                      {row.message}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => close(false)}>
            Done
          </Button>
          <Button type="submit" pending={pending}>
            Add
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
