export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Runs `task` `total` times with `concurrency` in flight; returns each run's duration in ms. */
export async function timedConcurrent(total: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < total) {
      const index = next++;
      const started = performance.now();
      await task(index);
      durations.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return durations;
}

/** One printed figure: what was measured, the value, the goal and whether it is met. */
export function report(rows: { figure: string; value: string; goal: string; met: boolean | null }[]): void {
  const width = Math.max(...rows.map((row) => row.figure.length));
  for (const row of rows) {
    const verdict = row.met === null ? "  (info)" : row.met ? "  ✔ met" : "  ✘ NOT met";
    console.log(`${row.figure.padEnd(width)}  ${row.value.padEnd(22)} goal ${row.goal.padEnd(18)}${verdict}`);
  }
}
