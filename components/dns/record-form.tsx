"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { addRecordAction, editRecordAction } from "@/lib/capabilities/dns/actions";
import { checkInZone, firstIssues, recordSchema, recordTypes, usesPriority, type DnsRecord } from "@/lib/capabilities/dns/record-schema";
import { useAction } from "@/lib/ui/use-action";

import type { ZoneKey } from "./use-dns-zone";

const placeholders: Record<string, string> = {
  A: "192.0.2.10",
  AAAA: "2001:db8::10",
  CNAME: "target.example.com",
  MX: "mail.example.com",
  TXT: '"v=spf1 -all"',
  NS: "ns1.example.net",
  SRV: "5 5060 sip.example.com",
  CAA: '0 issue "letsencrypt.org"',
};

/**
 * Add or edit one record. The shared zod schema and the zone checks (CNAME rules, names inside the zone,
 * duplicates) run here first, so field errors show before anything is sent; the action checks everything again.
 */
export function RecordForm({
  zoneKey,
  zone,
  editing,
  onDone,
}: {
  zoneKey: ZoneKey;
  zone: { name: string; records: DnsRecord[] };
  editing?: DnsRecord;
  onDone: () => void;
}) {
  const [type, setType] = useState(editing?.type ?? "A");
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const { run, pending, result, fieldError } = useAction<unknown>(editing ? editRecordAction : addRecordAction, { onSuccess: onDone });
  const error = (name: string) => localErrors[name] ?? fieldError(name);
  const title = editing ? `Edit record ${editing.name} ${editing.type}` : "Add a record";

  return (
    <form
      aria-label={title}
      noValidate
      className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_7rem_6rem_6rem] lg:grid-cols-[minmax(0,1fr)_7rem_6rem_6rem_minmax(0,2fr)_auto] lg:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const raw = Object.fromEntries(["name", "type", "ttl", "priority", "content"].map((field) => [field, String(form.get(field) ?? "")]));
        const parsed = recordSchema.safeParse(raw);
        if (!parsed.success) return setLocalErrors(firstIssues(parsed.error));
        const placed = checkInZone(parsed.data, zone, editing?.id);
        if (!placed.ok) return setLocalErrors({ [placed.field]: placed.message });
        setLocalErrors({});
        void run({ ...zoneKey, ...(editing ? { recordId: editing.id } : {}), ...raw });
      }}
    >
      <TextField label="Name" name="name" defaultValue={editing?.name ?? ""} placeholder="@ or www" autoComplete="off" error={error("name")} />
      <SelectField
        label="Type"
        name="type"
        value={type}
        onChange={(event) => setType(event.target.value)}
        options={recordTypes.map((value) => ({ value, label: value }))}
        error={error("type")}
      />
      <TextField label="TTL" name="ttl" inputMode="numeric" defaultValue={String(editing?.ttl ?? 3600)} error={error("ttl")} />
      {usesPriority(type) ? (
        <TextField
          label="Priority"
          name="priority"
          inputMode="numeric"
          defaultValue={editing && usesPriority(editing.type) ? String(editing.priority) : "10"}
          error={error("priority")}
        />
      ) : (
        <div className="hidden sm:block" aria-hidden />
      )}
      <div className="sm:col-span-4 lg:col-span-1">
        <TextField
          label="Content"
          name="content"
          defaultValue={editing?.content ?? ""}
          placeholder={placeholders[type]}
          autoComplete="off"
          error={error("content")}
        />
      </div>
      <div className="flex gap-2 sm:col-span-4 lg:col-span-1 lg:pt-6">
        <Button type="submit" pending={pending}>
          {editing ? "Save" : "Add record"}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      <div aria-live="polite" className="sm:col-span-4 lg:col-span-6">
        {result && !result.ok && !Object.keys(result.fieldErrors ?? {}).some((key) => ["name", "type", "ttl", "priority", "content"].includes(key)) ? (
          <ErrorNote>{result.error}</ErrorNote>
        ) : null}
        {Object.keys(localErrors).length > 0 ? <p className="text-sm text-red-600 dark:text-red-400">Please correct the highlighted fields.</p> : null}
      </div>
    </form>
  );
}
