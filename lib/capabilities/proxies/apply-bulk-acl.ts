import { noProgress, type Progress } from "../../actions/idempotency";
import { toFailureSummary } from "../../errors/app-error";
import type { ProxiesAdapter } from "./adapter";

export interface BulkPortRef {
  leaseId: number;
  portId: number;
}

export interface BulkPortResult extends BulkPortRef {
  outcome: "added" | "exists" | "failed";
  message: string;
}

/**
 * Adds one rule to many ports, one call per port, and reports each port's outcome; one port failing does not
 * stop the others. A port that already has a rule for the mask is reported as such, not as an error.
 */
export async function applyBulkAcl(
  client: Pick<ProxiesAdapter, "addRule">,
  ports: readonly BulkPortRef[],
  rule: { mode: "allow" | "deny"; mask: string; placement: "start" | "end" },
  /** Each port is recorded as it starts and completes; ports an interrupted earlier submission finished are skipped. */
  progress: Progress = noProgress,
): Promise<BulkPortResult[]> {
  const results: BulkPortResult[] = [];
  for (const port of ports) {
    const item = `lease ${port.leaseId} port ${port.portId}`;
    if (progress.previous(item)?.state === "done") {
      results.push({ ...port, outcome: "exists", message: "Added by an earlier submission that was interrupted; not sent again." });
      await progress.done(item);
      continue;
    }
    await progress.start(item);
    try {
      await client.addRule(port, { mask: rule.mask, mode: rule.mode }, rule.placement);
      results.push({ ...port, outcome: "added", message: `Added as the ${rule.placement === "start" ? "first" : "last"} rule.` });
      await progress.done(item);
    } catch (error) {
      const failure = toFailureSummary(error, "bulk ACL");
      const conflict = failure.providerKind === "conflict";
      const message = conflict ? `Already has a rule for ${rule.mask}; left as it was.` : failure.message;
      results.push({ ...port, outcome: conflict ? "exists" : "failed", message });
      if (conflict) await progress.done(item);
      else await progress.failed(item, message);
    }
  }
  return results;
}
