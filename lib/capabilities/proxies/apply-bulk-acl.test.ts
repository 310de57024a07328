import { describe, expect, it } from "vitest";

import type { PreviousItem, Progress } from "../../actions/idempotency";
import { applyBulkAcl } from "./apply-bulk-acl";

/** A progress record in memory: what the bulk wrote, and what an interrupted earlier submission left. */
function memoryProgress(previous: Record<string, PreviousItem>) {
  const written: string[] = [];
  const progress: Progress = {
    start: async (item) => void written.push(`start ${item}`),
    done: async (item) => void written.push(`done ${item}`),
    failed: async (item) => void written.push(`failed ${item}`),
    previous: (item) => previous[item],
  };
  return { progress, written };
}

describe("bulk ACL after an interruption", () => {
  it("records each port as it starts and completes, and skips the ports the interrupted submission finished", async () => {
    const sent: number[] = [];
    const adapter: Parameters<typeof applyBulkAcl>[0] = { addRule: async ({ portId }) => void sent.push(portId) };
    const { progress, written } = memoryProgress({ "lease 1 port 10": { state: "done", detail: null }, "lease 1 port 11": { state: "started", detail: null } });
    const results = await applyBulkAcl(
      adapter,
      [
        { leaseId: 1, portId: 10 },
        { leaseId: 1, portId: 11 },
        { leaseId: 1, portId: 12 },
      ],
      { mode: "deny", mask: "203.0.113.5/32", placement: "end" },
      progress,
    );
    expect(sent).toEqual([11, 12]);
    expect(results.map((r) => r.outcome)).toEqual(["exists", "added", "added"]);
    expect(written).toEqual(["done lease 1 port 10", "start lease 1 port 11", "done lease 1 port 11", "start lease 1 port 12", "done lease 1 port 12"]);
  });
});
