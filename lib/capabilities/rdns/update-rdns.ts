import "server-only";

import { noProgress, type Progress } from "@/lib/actions/idempotency";
import { toFailureSummary } from "@/lib/errors/app-error";

import type { ConnectionRef } from "../../providers/core/types";
import { withAdapter } from "../core/connections";
import type { RdnsChange, RdnsChangeResult } from "./types";

/**
 * Applies many PTR changes, one upstream call each. Connections work side by side; within one connection the
 * changes go in order through one writer. Every address gets its own result (in the order given), and one
 * failure never stops the others. `onEach` runs after every change (the action audits there).
 */
export async function applyPtrChanges(
  teamId: string,
  changes: readonly RdnsChange[],
  onEach: (result: RdnsChangeResult, connection: ConnectionRef | undefined) => Promise<void>,
  /** Each address is recorded as it starts and completes; addresses an interrupted earlier submission finished are skipped. */
  progress: Progress = noProgress,
): Promise<RdnsChangeResult[]> {
  const results = new Map<RdnsChange, RdnsChangeResult>();
  const byConnection = new Map<string, RdnsChange[]>();
  for (const change of changes) byConnection.set(change.connectionId, [...(byConnection.get(change.connectionId) ?? []), change]);

  await Promise.all(
    [...byConnection].map(async ([connectionId, group]) => {
      try {
        await withAdapter(teamId, connectionId, "rdns", async (rdns, connection) => {
          const write = rdns.ptrWriter();
          for (const change of group) {
            let result: RdnsChangeResult;
            const item = `${connectionId} ${change.ip} → ${change.hostname}`;
            if (progress.previous(item)?.state === "done") {
              result = { ip: change.ip, connectionId, ok: true, message: "Set by an earlier submission that was interrupted; not sent again." };
              await progress.done(item);
              results.set(change, result);
              await onEach(result, connection);
              continue;
            }
            await progress.start(item);
            try {
              result = { ip: change.ip, connectionId, ok: true, message: await write(change) };
              await progress.done(item);
            } catch (error) {
              result = { ip: change.ip, connectionId, ok: false, message: toFailureSummary(error, "rdns change").message };
              await progress.failed(item, result.message);
            }
            results.set(change, result);
            await onEach(result, connection);
          }
        });
      } catch (error) {
        // The connection itself failed (not the team's, or no reverse DNS): every address left reports it.
        const { message } = toFailureSummary(error, "rdns bulk");
        for (const change of group.filter((item) => !results.has(item))) {
          const result = { ip: change.ip, connectionId, ok: false, message };
          results.set(change, result);
          await onEach(result, undefined);
        }
      }
    }),
  );
  return changes.map((change) => results.get(change)!);
}
