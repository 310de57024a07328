import type { ActionResult } from "@/lib/actions/result";

/** A fresh submission key per call: bulk work calls one action many times, each its own audited change. */
export function submissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
        const result = await action({ ...input(item), idempotencyKey: submissionKey() });
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
