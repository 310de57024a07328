import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { createThrowawayPostgres } from "@/lib/db/testing";

import { InProcessQueue } from "./in-process-queue";
import { cronEvery, PostgresQueue } from "./postgres-queue";
import { defineJob, type JobDefinition, type JobQueue } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(50);
  }
}

/** A job that counts its runs per id; "slow" ones take a while so a twin could overlap them. */
function countingJobs() {
  const runs = new Map<string, number>();
  const failuresLeft = new Map<string, number>();
  const input = z.object({ id: z.string(), slowMs: z.number().default(0), failTimes: z.number().default(0) });
  const run = async ({ id, slowMs, failTimes }: z.output<typeof input>) => {
    if (!failuresLeft.has(id)) failuresLeft.set(id, failTimes);
    if (slowMs) await sleep(slowMs);
    const left = failuresLeft.get(id)!;
    if (left > 0) {
      failuresLeft.set(id, left - 1);
      throw new Error("not yet");
    }
    runs.set(id, (runs.get(id) ?? 0) + 1);
  };
  const definitions: JobDefinition[] = [
    defineJob({ name: "count", input, run, expireInSeconds: 30, retryLimit: 2 }),
    defineJob({ name: "count-keyed", input, run, expireInSeconds: 30, retryLimit: 2, onePerKey: true }),
  ];
  return { runs, definitions };
}

describe("the in-process queue (embedded default)", () => {
  it("runs each job once, queues one per key, retries a failing job, and waits for running jobs on stop", async () => {
    const { runs, definitions } = countingJobs();
    const queue: JobQueue = new InProcessQueue(definitions);
    await queue.work();
    await queue.send("count", { id: "a" });
    await queue.send("count-keyed", { id: "b" }, { singletonKey: "b" });
    await queue.send("count-keyed", { id: "b" }, { singletonKey: "b" });
    await expect(queue.send("count-keyed", { id: "c" })).rejects.toThrow(/singletonKey/);
    await until(() => runs.get("a") === 1 && runs.get("b") === 1);

    await queue.send("count", { id: "slow", slowMs: 300 });
    await sleep(50);
    await queue.stop();
    expect(runs.get("slow")).toBe(1);
    expect(runs.get("b")).toBe(1);
  });

  it("retries a failing job with backoff up to its limit", async () => {
    const { runs, definitions } = countingJobs();
    const queue = new InProcessQueue(definitions);
    await queue.send("count", { id: "flaky", failTimes: 1 });
    await until(() => runs.get("flaky") === 1, 10_000);
    await queue.stop();
  });

  it("refuses a job it has no definition for", async () => {
    await expect(new InProcessQueue([]).send("nope", {})).rejects.toThrow(/Unknown job/);
  });
});

describe("cron for pg-boss", () => {
  it("turns minutes into a schedule", () => {
    expect([1, 5, 60, 120].map(cronEvery)).toEqual(["* * * * *", "*/5 * * * *", "0 */1 * * *", "0 */2 * * *"]);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("the PostgreSQL queue (pg-boss) shared by two instances", () => {
  const opened: { stop(): Promise<void> }[] = [];
  let drop = async () => {};
  afterAll(async () => {
    await Promise.all(opened.map((queue) => queue.stop()));
    await drop();
  });

  it("runs every job once across both, a keyed job sent by both once, and a failed one again", async () => {
    const database = await createThrowawayPostgres();
    drop = database.drop;
    const { runs, definitions } = countingJobs();
    const [a, b] = [new PostgresQueue(database.url, definitions, { work: true }), new PostgresQueue(database.url, definitions, { work: true })];
    opened.push(a, b);
    await Promise.all([a.work(), b.work()]);

    const ids = Array.from({ length: 10 }, (_, i) => `job-${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 ? a : b).send("count", { id, slowMs: 100 })));
    await Promise.all([
      a.send("count-keyed", { id: "keyed", slowMs: 500 }, { singletonKey: "k" }),
      b.send("count-keyed", { id: "keyed", slowMs: 500 }, { singletonKey: "k" }),
    ]);
    await a.send("count", { id: "flaky", failTimes: 1 });

    await until(() => ids.every((id) => runs.get(id) === 1) && runs.get("keyed") === 1 && runs.get("flaky") === 1, 60_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; ran: ${JSON.stringify(Object.fromEntries(runs))}`);
    });
    await sleep(3_000);
    expect(Object.fromEntries(runs)).toEqual(Object.fromEntries([...ids, "keyed", "flaky"].map((id) => [id, 1])));
  }, 90_000);
});
