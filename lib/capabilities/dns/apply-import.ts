import "server-only";

import { noProgress, type Progress } from "@/lib/actions/idempotency";
import { AppError, fieldError, toFailureSummary } from "@/lib/errors/app-error";

import type { DnsAdapter } from "./adapter";
import { describeRecord } from "./change-dns";
import { readZone } from "./read-dns";
import type { ZoneTarget } from "./types";
import { diffFingerprint, diffZone, type ZoneDiff } from "./zone-diff";
import { parseZoneFile } from "./zone-file";

export interface ImportChangeResult {
  kind: "add" | "change" | "remove";
  description: string;
  ok: boolean;
  message?: string;
}

/**
 * Reads the zone file against the zone; refuses a file with errors or a CNAME conflict. `fresh` compares with
 * the zone as the provider holds it now (before applying), not as the read cache last saw it.
 */
export async function previewImport(
  dns: DnsAdapter,
  target: ZoneTarget,
  text: string,
  options?: { fresh?: boolean },
): Promise<{ zoneName: string; diff: ZoneDiff }> {
  const zone = await readZone(dns, target, options);
  const parsed = parseZoneFile(text, zone.name);
  if (parsed.errors.length > 0) {
    const lines = parsed.errors.slice(0, 3).map((error) => `line ${error.line}: ${error.message}`);
    throw fieldError("zoneFile", `The zone file has ${parsed.errors.length} error(s): ${lines.join("; ")}`);
  }
  const diff = diffZone(zone.name, zone.records, parsed.records);
  if (diff.conflicts.length > 0) throw fieldError("zoneFile", diff.conflicts[0]!);
  return { zoneName: zone.name, diff };
}

/**
 * Applies an import the user confirmed: only when the diff is still the one previewed (same fingerprint). Removals go
 * first (a CNAME may replace other records), then changes, then additions; one upstream call per change, each
 * reported (and, through `onEach`, audited) on its own; a failed change does not stop the others. A retry after an
 * interruption cannot apply a change twice: the diff is taken again against the zone as it is, without what was done.
 */
export async function applyImport(
  dns: DnsAdapter,
  target: ZoneTarget,
  text: string,
  fingerprint: string,
  onEach: (result: ImportChangeResult) => Promise<void>,
  /** Each change is recorded as it starts and completes, so an interrupted import says exactly what it did. */
  progress: Progress = noProgress,
): Promise<{ zoneName: string; results: ImportChangeResult[] }> {
  const { zoneName, diff } = await previewImport(dns, target, text, { fresh: true });
  if (diffFingerprint(diff) !== fingerprint) {
    throw new AppError("conflict", "The zone changed since the preview, or the file did. Preview the import again before applying it.");
  }
  const steps: { kind: ImportChangeResult["kind"]; description: string; run: () => Promise<void> }[] = [
    ...diff.removals.map((record) => ({ kind: "remove" as const, description: describeRecord(record), run: () => dns.deleteRecord(target, record.id) })),
    ...diff.changes.map(({ before, after }) => ({
      kind: "change" as const,
      description: `${describeRecord(before)} → ${describeRecord(after)}`,
      run: () => dns.editRecord(target, before.id, after),
    })),
    ...diff.adds.map((record) => ({ kind: "add" as const, description: describeRecord(record), run: () => dns.addRecord(target, record) })),
  ];
  const results: ImportChangeResult[] = [];
  for (const step of steps) {
    let result: ImportChangeResult;
    const item = `${step.kind} ${step.description}`;
    await progress.start(item);
    try {
      await step.run();
      result = { kind: step.kind, description: step.description, ok: true };
      await progress.done(item);
    } catch (error) {
      const message = toFailureSummary(error, "dns import").message;
      result = { kind: step.kind, description: step.description, ok: false, message };
      await progress.failed(item, message);
    }
    results.push(result);
    await onEach(result);
  }
  return { zoneName, results };
}
