"use client";

import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { importZoneAction } from "@/lib/capabilities/dns/actions";
import type { ImportChangeResult } from "@/lib/capabilities/dns/apply-import";
import type { DnsRecord, RecordValues } from "@/lib/capabilities/dns/record-schema";
import { diffFingerprint, diffIsEmpty, diffZone, type ZoneDiff } from "@/lib/capabilities/dns/zone-diff";
import { parseZoneFile, type ZoneFileLineIssue } from "@/lib/capabilities/dns/zone-file";
import { useAction } from "@/lib/ui/use-action";

import type { ZoneKey } from "./use-dns-zone";

type Preview = { errors: ZoneFileLineIssue[]; skipped: ZoneFileLineIssue[]; diff?: ZoneDiff; text: string };

const line = (record: RecordValues) =>
  `${record.name} ${record.ttl} ${record.type}${record.type === "MX" || record.type === "SRV" ? ` ${record.priority}` : ""} ${record.content}`;

/** Import a BIND zone file: preview the diff here, apply it on confirm (each change one audited upstream call). */
export function ZoneImport({
  zoneKey,
  zone,
  onApplied,
  onClose,
}: {
  zoneKey: ZoneKey;
  zone: { name: string; records: DnsRecord[] };
  onApplied: () => void;
  onClose: () => void;
}) {
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [results, setResults] = useState<ImportChangeResult[] | null>(null);
  const { run, pending, result, fieldError } = useAction(importZoneAction, {
    onSuccess: (data) => {
      setResults(data.results);
      setPreview(null);
      onApplied();
    },
  });

  const makePreview = () => {
    setResults(null);
    const parsed = parseZoneFile(text, zone.name);
    setPreview({
      errors: parsed.errors,
      skipped: parsed.skipped,
      diff: parsed.errors.length ? undefined : diffZone(zone.name, zone.records, parsed.records),
      text,
    });
  };
  const diff = preview?.diff;
  const count = diff ? diff.adds.length + diff.changes.length + diff.removals.length : 0;

  return (
    <section aria-label="Import a zone file" className="space-y-3">
      <FieldShell label="Zone file" error={fieldError("zoneFile")} help={`BIND format; names relative to ${zone.name}. SOA lines are skipped.`}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            rows={8}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPreview(null);
            }}
            spellCheck={false}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          />
        )}
      </FieldShell>
      <div className="flex flex-wrap items-center gap-2">
        <label className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 px-4 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Choose a file
          <input
            type="file"
            accept=".zone,.txt,.db,text/plain"
            className="sr-only"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) {
                setText(await file.text());
                setPreview(null);
              }
            }}
          />
        </label>
        <Button variant="secondary" onClick={makePreview} disabled={!text.trim()}>
          Preview changes
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>

      <div aria-live="polite" className="space-y-3">
        {preview && preview.errors.length > 0 ? (
          <ErrorNote>
            <p className="font-medium">The zone file has {preview.errors.length} error(s); nothing can be imported until they are fixed.</p>
            <ul className="mt-1 list-disc pl-5">
              {preview.errors.slice(0, 20).map((error) => (
                <li key={error.line}>
                  Line {error.line}: {error.message}
                </li>
              ))}
            </ul>
          </ErrorNote>
        ) : null}
        {diff && diff.conflicts.length > 0 ? <ErrorNote>{diff.conflicts[0]}</ErrorNote> : null}
        {diff && diffIsEmpty(diff) ? <SuccessNote>No changes: the zone already matches this file ({diff.unchanged} records).</SuccessNote> : null}
        {diff && !diffIsEmpty(diff) && diff.conflicts.length === 0 ? (
          <div className="space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="import-preview">
            <p className="text-sm">
              <Badge tone="good">{diff.adds.length} to add</Badge> <Badge tone="warn">{diff.changes.length} to change</Badge>{" "}
              <Badge tone="bad">{diff.removals.length} to remove</Badge> <span className="text-slate-500">{diff.unchanged} unchanged</span>
            </p>
            <ul className="space-y-1 break-all font-mono text-xs">
              {diff.removals.map((record) => (
                <li key={`r${record.id}`} className="text-red-700 dark:text-red-300">
                  − {line(record)}
                </li>
              ))}
              {diff.changes.map((change) => (
                <li key={`c${change.before.id}`} className="text-amber-700 dark:text-amber-300">
                  ~ {line(change.before)} → {line(change.after)}
                </li>
              ))}
              {diff.adds.map((record, index) => (
                <li key={`a${index}`} className="text-emerald-700 dark:text-emerald-300">
                  + {line(record)}
                </li>
              ))}
            </ul>
            <Button pending={pending} onClick={() => void run({ ...zoneKey, zoneFile: preview!.text, fingerprint: diffFingerprint(diff) })}>
              Apply {count} change{count === 1 ? "" : "s"}
            </Button>
          </div>
        ) : null}
        {result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}
        {results ? (
          <div data-testid="import-results">
            <p className="text-sm font-medium">
              Import applied: {results.filter((item) => item.ok).length} done, {results.filter((item) => !item.ok).length} failed.
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {results.map((item, index) => (
                <li key={index} className="flex flex-wrap gap-2">
                  <Badge tone={item.ok ? "good" : "bad"}>{item.ok ? "Done" : "Failed"}</Badge>
                  <span className="break-all">
                    {item.kind}: {item.description}
                    {item.message ? ` — ${item.message}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
