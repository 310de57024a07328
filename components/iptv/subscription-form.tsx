"use client";

import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FieldShell, SelectField, TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import type { ActionResult } from "@/lib/actions/result";
import type { SubscriptionKind } from "@/lib/capabilities/iptv/subscription-kinds";
import type { IptvSubscription, ResellerOption } from "@/lib/capabilities/iptv/types";

import { dateInputValue } from "./format";

export interface ConnectionOption {
  id: string;
  label: string;
  resellers: ResellerOption[];
}

const textareaClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 dark:border-slate-700 dark:bg-slate-900 aria-[invalid=true]:border-red-500";

function TextArea({
  label,
  name,
  defaultValue,
  error,
  help,
  rows = 3,
}: {
  label: string;
  name: string;
  defaultValue?: string;
  error?: string;
  help?: string;
  rows?: number;
}) {
  return (
    <FieldShell label={label} error={error} help={help}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} name={name} rows={rows} defaultValue={defaultValue} aria-describedby={describedBy} aria-invalid={invalid} className={textareaClass} />
      )}
    </FieldShell>
  );
}

function Checkbox({ label, name, defaultChecked }: { label: string; name: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="h-4 w-4 rounded border-slate-300" />
      {label}
    </label>
  );
}

/**
 * Create or edit a line / MAG device with every field the panel's document allows. Field names are the panel's,
 * so its complaints (`username`, `mac_address`, `allowed_ips`, `expire_date`, `credits`) land beside the input.
 */
export function SubscriptionForm({
  kind,
  connections,
  editing,
  run,
  pending,
  result,
  fieldError,
  onCancel,
}: {
  kind: SubscriptionKind;
  connections: ConnectionOption[];
  editing?: IptvSubscription;
  run: (form: FormData) => unknown;
  pending: boolean;
  result: ActionResult<unknown> | null;
  fieldError: (name: string) => string | undefined;
  onCancel: () => void;
}) {
  const initialExpiry = dateInputValue(editing?.expiresAt ?? null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // On edit the expiry is sent only when changed, so saving notes does not move it to the end of its day.
    if (editing && form.get("expire_date") === initialExpiry) form.delete("expire_date");
    void run(form);
  };
  const [connectionId, setConnectionId] = useState(editing?.connectionId ?? connections[0]?.id ?? "");
  const resellers = connections.find((connection) => connection.id === connectionId)?.resellers ?? [];
  const resellerOptions = [{ value: "", label: "No reseller" }, ...resellers.map((reseller) => ({ value: String(reseller.id), label: reseller.name }))];

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="kind" value={kind} />
      {editing ? (
        <>
          <input type="hidden" name="connectionId" value={editing.connectionId} />
          <input type="hidden" name="key" value={editing.key} />
        </>
      ) : (
        <SelectField
          label="Panel"
          name="connectionId"
          value={connectionId}
          onChange={(event) => setConnectionId(event.target.value)}
          options={connections.map((c) => ({ value: c.id, label: c.label }))}
          error={fieldError("connectionId")}
        />
      )}
      {kind === "line" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {editing ? null : (
            <TextField label="Username" name="username" autoComplete="off" placeholder="Blank: the panel generates one" error={fieldError("username")} />
          )}
          <TextField
            label={editing ? "New password" : "Password"}
            name="password"
            type="text"
            autoComplete="off"
            placeholder={editing ? "Blank: keep the current one" : "Blank: the panel generates one"}
            error={fieldError("password")}
          />
        </div>
      ) : editing ? null : (
        <TextField label="MAC address" name="mac_address" autoComplete="off" placeholder="00:1A:79:00:00:00" required error={fieldError("mac_address")} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Expires on" name="expire_date" type="date" defaultValue={initialExpiry} help="Blank: unlimited" error={fieldError("expire_date")} />
        <TextField
          label="Max connections"
          name="max_allowed_connections"
          type="number"
          min={1}
          defaultValue={editing?.maxConnections ?? 1}
          error={fieldError("max_allowed_connections")}
        />
        {editing ? null : (
          <TextField label="Subscription plan id (optional)" name="subscription_plan_id" type="number" min={1} error={fieldError("subscription_plan_id")} />
        )}
        <SelectField
          label="Reseller"
          name="reseller_id"
          defaultValue={editing?.resellerId ? String(editing.resellerId) : ""}
          options={resellerOptions}
          error={fieldError("reseller_id") ?? fieldError("credits")}
        />
      </div>
      {kind === "line" ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextArea
              label="Allowed IPs"
              name="allowed_ips"
              defaultValue={editing?.allowedIps.join("\n")}
              help="One per line; blank: any"
              error={fieldError("allowed_ips")}
            />
            <TextArea
              label="Allowed user agents"
              name="allowed_user_agents"
              defaultValue={editing?.allowedUserAgents.join("\n")}
              help="One per line; blank: any"
              error={fieldError("allowed_user_agents")}
            />
          </div>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <Checkbox label="Restreamer" name="restreamer" defaultChecked={editing?.restreamer} />
            <Checkbox label="ISP lock" name="isp_lock" defaultChecked={editing?.ispLock} />
          </div>
        </>
      ) : (
        <Checkbox label="Lock to this device" name="lock_device" defaultChecked={editing?.lockDevice} />
      )}
      <TextArea label="Notes" name="notes" defaultValue={editing?.notes} error={fieldError("notes")} />
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {editing ? "Save changes" : kind === "line" ? "Create line" : "Add MAG device"}
        </Button>
      </div>
    </form>
  );
}
