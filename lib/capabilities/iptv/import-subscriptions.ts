import "server-only";

import type { z } from "zod";

import { fanOut } from "../../providers/core/fan-out";
import { withConnection } from "../core/connections";
import type { SubscriptionKind } from "./audit-names";
import { iptvClient } from "./client";
import { normalizeMac } from "./mac";
import { knownKeys, trackKeys } from "./registry";
import type { importSchema } from "./schemas";
import { readSubscription, resellerOptions } from "./subscriptions";

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
 * "Add existing": every row of a pasted list or CSV file is checked at the panel (`line/info` / `mag/info`) and
 * the ones it knows are listed from then on. Each row gets its own result: added, already listed, not found,
 * invalid, a duplicate of an earlier row, or the panel's error. Listing again what is listed changes nothing.
 */
export function importSubscriptions(teamId: string, kind: SubscriptionKind, input: z.output<typeof importSchema>) {
  return withConnection(teamId, input.connectionId, async (opened) => {
    const client = iptvClient(opened);
    const results: ImportResult[] = [];
    const firstLineOf = new Map<string, number>();
    for (const { line, value } of input.keys) {
      const key = kind === "mag" ? normalizeMac(value) : value;
      if (!key) {
        results.push({ line, value, key: null, outcome: "invalid", message: "Invalid MAC Address" });
        continue;
      }
      const seenAt = firstLineOf.get(key.toLowerCase());
      if (seenAt !== undefined) results.push({ line, value, key, outcome: "duplicate", message: `Same as line ${seenAt}` });
      else {
        firstLineOf.set(key.toLowerCase(), line);
        results.push({ line, value, key, outcome: "added", message: "Added" });
      }
    }

    const toCheck = results.filter((row) => row.outcome === "added").map((row) => row.key as string);
    const listed = new Set(((await knownKeys(teamId, kind, opened.connection.id)).get(opened.connection.id) ?? []).map((key) => key.toLowerCase()));
    const names = toCheck.length > 0 ? new Map((await resellerOptions(client)).map((reseller) => [reseller.id, reseller.name])) : new Map<number, string>();
    const checked = await fanOut(toCheck, (key) => readSubscription(kind, opened, client, key, names, { fresh: true }), { concurrency: 6, timeoutMs: 15_000 });
    const outcomeOf = new Map(checked.map((result) => [result.item.toLowerCase(), result]));
    const found: string[] = [];
    for (const row of results) {
      if (row.outcome !== "added" || !row.key) continue;
      const result = outcomeOf.get(row.key.toLowerCase());
      if (!result) continue;
      if (!result.ok) {
        Object.assign(row, result.error.kind === "not-found" ? { outcome: "not-found", message: "Not found at the panel" } : { outcome: "failed", message: result.error.message });
        continue;
      }
      row.key = result.value.subscription.key;
      found.push(row.key);
      if (listed.has(row.key.toLowerCase())) Object.assign(row, { outcome: "listed", message: "Already listed" });
    }
    await trackKeys(teamId, opened.connection.id, kind, found);
    return { connection: { id: opened.connection.id, label: opened.connection.label }, results };
  });
}
