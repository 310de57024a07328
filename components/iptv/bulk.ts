import type { ActionResult } from "@/lib/actions/result";
import { newSubmissionKey } from "@/lib/ui/submission-key";

export interface BulkOutcome<I> {
  item: I;
  ok: boolean;
  message: string;
}

/**
 * Calls `action` once per item with at most `concurrency` in flight; a failure (or a lost answer) is that item's
 * result and never stops the others. Results keep the items' order.
 */
export async function runBulk<I, T>(
  items: readonly I[],
  action: (input: Record<string, unknown>) => Promise<ActionResult<T>>,
  input: (item: I) => Record<string, unknown>,
  options: { concurrency?: number; onProgress?: (done: number) => void; describe?: (data: T) => string } = {},
): Promise<BulkOutcome<I>[]> {
  const results: BulkOutcome<I>[] = new Array<BulkOutcome<I>>(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      let outcome: BulkOutcome<I>;
      try {
        const result = await action({ ...input(item), idempotencyKey: newSubmissionKey() });
        outcome = result.ok ? { item, ok: true, message: options.describe?.(result.data) ?? "Done" } : { item, ok: false, message: result.error };
      } catch {
        outcome = { item, ok: false, message: "The console could not be reached." };
      }
      results[index] = outcome;
      options.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 5, items.length) }, worker));
  return results;
}
