import "server-only";

import { noProgress, type Progress } from "../../actions/idempotency";
import { ActionError, fieldError } from "../../actions/result";
import { isProviderError } from "../../providers/core/errors";
import type { Time4vpsClient } from "../../providers/hostbill/time4vps-client";
import { describeRecord, type RecordTarget } from "./change-record";
import { readZone } from "./get-zone";
import type { RecordType } from "./record-schema";
import { diffFingerprint, diffZone, type ZoneDiff } from "./zone-diff";
import { parseZoneFile } from "./zone-file";

export interface ImportChangeResult {
  kind: "add" | "change" | "remove";
  description: string;
  ok: boolean;
  message?: string;
}

/** Reads the zone file against the zone as it is now; refuses a file with errors or a CNAME conflict. */
export async function previewImport(client: Time4vpsClient, target: RecordTarget, text: string): Promise<{ zoneName: string; diff: ZoneDiff }> {
  const zone = await readZone(client, target.serviceId, target.zoneId);
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
  client: Time4vpsClient,
  target: RecordTarget,
  text: string,
  fingerprint: string,
  onEach: (result: ImportChangeResult) => Promise<void>,
  /** Each change is recorded as it starts and completes, so an interrupted import says exactly what it did. */
  progress: Progress = noProgress,
): Promise<{ zoneName: string; results: ImportChangeResult[] }> {
  const { zoneName, diff } = await previewImport(client, target, text);
  if (diffFingerprint(diff) !== fingerprint) {
    throw new ActionError("conflict", "The zone changed since the preview, or the file did. Preview the import again before applying it.");
  }
  const ids = { service_id: target.serviceId, zone_id: target.zoneId };
  const steps: { kind: ImportChangeResult["kind"]; description: string; run: () => Promise<unknown> }[] = [
    ...diff.removals.map((record) => ({
      kind: "remove" as const,
      description: describeRecord(record),
      run: () => client.deleteDnsRecord({ ...ids, record_id: record.id }),
    })),
    ...diff.changes.map(({ before, after }) => ({
      kind: "change" as const,
      description: `${describeRecord(before)} → ${describeRecord(after)}`,
      run: () => client.editDnsRecord({ ...ids, record_id: before.id, ...after, type: after.type as RecordType }),
    })),
    ...diff.adds.map((record) => ({
      kind: "add" as const,
      description: describeRecord(record),
      run: () => client.addDnsRecord({ ...ids, ...record, type: record.type as RecordType }),
    })),
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
      if (!isProviderError(error)) throw error;
      result = { kind: step.kind, description: step.description, ok: false, message: error.userMessage };
      await progress.failed(item, error.userMessage);
    }
    results.push(result);
    await onEach(result);
  }
  return { zoneName, results };
}
