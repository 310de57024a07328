import "server-only";

import type { z } from "zod";

import { toAppError } from "../../errors/app-error";
import { withAdapter } from "../core/connections";
import type { ChangeOutcome } from "./change-subscription";
import { knownKeys, trackKeys } from "./registry";
import type { importSubscriptionsSchema } from "./schemas";
import { subscriptionKinds } from "./subscription-kinds";

export type ImportOutcome = "added" | "listed" | "not-found" | "invalid" | "duplicate" | "failed";

/** What became of one row of the list: its line, the value as given, the key it names, and a sentence. */
export interface ImportResult {
  line: number;
  value: string;
  key: string | null;
  outcome: ImportOutcome;
  message: string;
}

/**
 * "Add existing": every row of a pasted list or CSV file is checked at the panel (`line/info` / `mag/info`, past
 * the read cache) and the ones it knows are listed from then on. Each row gets its own result: added, already
 * listed, not found, invalid, a duplicate of an earlier row, or the panel's error. Listing again what is listed
 * changes nothing.
 */
export function importSubscriptions(teamId: string, input: z.output<typeof importSubscriptionsSchema>): Promise<ChangeOutcome<{ results: ImportResult[] }>> {
  const info = subscriptionKinds[input.kind];
  return withAdapter(teamId, input.connectionId, "iptv", async (adapter, connection) => {
    const results: ImportResult[] = [];
    const firstLineOf = new Map<string, number>();
    for (const { line, value } of input.keys) {
      const key = info.parseKey(value);
      if (!key) {
        results.push({ line, value, key: null, outcome: "invalid", message: info.invalidKey });
        continue;
      }
      const seenAt = firstLineOf.get(key.toLowerCase());
      if (seenAt !== undefined) results.push({ line, value, key, outcome: "duplicate", message: `Same as line ${seenAt}` });
      else {
        firstLineOf.set(key.toLowerCase(), line);
        results.push({ line, value, key, outcome: "added", message: "Added" });
      }
    }

    const toCheck = results.filter((row) => row.outcome === "added");
    const [known, checked] = await Promise.all([
      knownKeys(teamId, input.kind, connection.id),
      Promise.allSettled(toCheck.map((row) => adapter.subscription({ kind: input.kind, key: row.key! }, { fresh: true }))),
    ]);
    const listed = new Set((known.get(connection.id) ?? []).map((key) => key.toLowerCase()));
    const found: string[] = [];
    checked.forEach((result, index) => {
      const row = toCheck[index]!;
      if (result.status === "rejected") {
        const error = toAppError(result.reason, "iptv import");
        Object.assign(
          row,
          error.code === "not-found" ? { outcome: "not-found", message: "Not found at the panel" } : { outcome: "failed", message: error.message },
        );
        return;
      }
      row.key = result.value.subscription.key;
      found.push(row.key);
      if (listed.has(row.key.toLowerCase())) Object.assign(row, { outcome: "listed", message: "Already listed" });
    });
    await trackKeys(teamId, connection.id, input.kind, found);
    return { connection, value: { results } };
  });
}
