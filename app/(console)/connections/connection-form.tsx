"use client";

import { useState } from "react";

import { WhitelistHelp } from "@/components/connections/whitelist-help";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { STORED_SECRET_PLACEHOLDER } from "@/lib/connections/secrets";
import { useAction } from "@/lib/ui/use-action";

import { createConnectionAction, updateConnectionAction } from "./actions";
import type { ConnectionRow, KindDescriptor } from "./page-client";

/** Add or edit a connection; the credential fields come from the kind's schema in the provider registry. */
export function ConnectionForm({ kinds, editing, onDone }: { kinds: KindDescriptor[]; editing?: ConnectionRow; onDone: () => void }) {
  const [kind, setKind] = useState(editing?.kind ?? kinds[0]!.kind);
  const descriptor = kinds.find((k) => k.kind === kind)!;
  const create = useAction(createConnectionAction, { onSuccess: onDone });
  const update = useAction(updateConnectionAction, { onSuccess: onDone });
  const { pending, result, fieldError } = editing ? update : create;

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const credentials: Record<string, string> = {};
    for (const field of descriptor.fields) credentials[field.name] = String(data.get(`credentials.${field.name}`) ?? "");
    const base = {
      label: String(data.get("label") ?? ""),
      baseUrl: String(data.get("baseUrl") ?? ""),
      requestsPerMinute: String(data.get("requestsPerMinute") ?? ""),
      credentials,
    };
    if (editing) void update.run({ ...base, id: editing.id });
    else void create.run({ ...base, kind });
  }

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {editing ? null : (
        <SelectField
          label="Provider"
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          options={kinds.map((k) => ({ value: k.kind, label: k.label }))}
          help={descriptor.description}
          error={fieldError("kind")}
        />
      )}
      <TextField
        label="Name"
        name="label"
        required
        defaultValue={editing?.label ?? ""}
        placeholder={`e.g. ${descriptor.label} main account`}
        error={fieldError("label")}
      />
      <TextField
        key={`base-${kind}`}
        label="API address"
        name="baseUrl"
        type="url"
        required
        defaultValue={editing?.baseUrl ?? descriptor.defaultBaseUrl ?? ""}
        help={descriptor.baseUrlHelp}
        error={fieldError("baseUrl")}
      />
      {kind === "xtream" ? <WhitelistHelp /> : null}
      {descriptor.fields.map((field) => {
        const name = `credentials.${field.name}`;
        const stored = editing?.storedSecrets.includes(field.name);
        const value = field.secret ? (stored ? STORED_SECRET_PLACEHOLDER : "") : (editing?.settings[field.name] ?? field.defaultValue ?? "");
        const help = field.secret && stored ? "Stored encrypted. Leave as is to keep it, or type a new value." : field.help;
        return field.type === "select" ? (
          <SelectField
            key={`${kind}-${field.name}`}
            label={field.label}
            name={name}
            defaultValue={value}
            options={field.options ?? []}
            help={help}
            error={fieldError(name)}
          />
        ) : (
          <TextField
            key={`${kind}-${field.name}`}
            label={field.required ? field.label : `${field.label} (optional)`}
            name={name}
            type={field.type === "password" ? "password" : "text"}
            autoComplete={field.secret ? "new-password" : "off"}
            defaultValue={value}
            placeholder={field.placeholder}
            help={help}
            error={fieldError(name)}
          />
        );
      })}
      <TextField
        label="Request budget per minute (optional)"
        name="requestsPerMinute"
        type="number"
        min={1}
        max={6000}
        defaultValue={editing?.requestsPerMinute ?? ""}
        placeholder={String(descriptor.defaultRequestsPerMinute)}
        help={`Providers throttle silently; Hostdeck queues calls above this. Default for ${descriptor.label}: ${descriptor.defaultRequestsPerMinute}.`}
        error={fieldError("requestsPerMinute")}
      />
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {editing ? "Save changes" : "Add connection"}
        </Button>
      </div>
    </form>
  );
}
