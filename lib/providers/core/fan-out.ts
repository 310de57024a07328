import { isProviderError, ProviderError, type SerializedProviderError } from "./errors";

/** A provider error as the UI shows it, or `internal` for a bug (logged on the server, never shown). */
export type FanOutError = SerializedProviderError | { kind: "internal"; message: string };

export type FanOutResult<T, R> = { item: T; ok: true; value: R; ms: number } | { item: T; ok: false; error: FanOutError; ms: number };

export interface FanOutWorkerContext {
  /** Aborted when the item's timeout passes or the whole fan-out is cancelled; pass it on to the transport. */
  signal: AbortSignal;
  index: number;
}

export type FanOutWorker<T, R> = (item: T, context: FanOutWorkerContext) => Promise<R> | R;

export interface FanOutOptions<T, R> {
  /** Items in flight at once. */
  concurrency?: number;
  /** Per item; past it the row is a `timeout` error and the worker's signal is aborted. */
  timeoutMs?: number;
  /** Cancels items not settled yet; they become `timeout` rows. */
  signal?: AbortSignal;
  /** Called as each item settles, fastest first, so a page can stream rows. */
  onSettled?: (result: FanOutResult<T, R>, index: number) => void;
}

export const DEFAULT_FAN_OUT_CONCURRENCY = 4;

function serialize(error: unknown): FanOutError {
  if (isProviderError(error)) return error.toJSON();
  console.error("fan-out: unexpected error from a worker", error);
  return { kind: "internal", message: "Something went wrong; the details are in the server log." };
}

/** Settles with the worker's value, or with the error that stopped it: the timeout, a cancel, or its own. */
function runOne<T, R>(item: T, index: number, worker: FanOutWorker<T, R>, options: FanOutOptions<T, R>): Promise<FanOutResult<T, R>> {
  const startedAt = performance.now();
  const controller = new AbortController();
  const settle = (outcome: { ok: true; value: R } | { ok: false; error: unknown }): FanOutResult<T, R> => {
    const ms = Math.round(performance.now() - startedAt);
    return outcome.ok ? { item, ok: true, value: outcome.value, ms } : { item, ok: false, error: serialize(outcome.error), ms };
  };
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: { ok: true; value: R } | { ok: false; error: unknown }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onCancel);
      resolve(settle(outcome));
    };
    const stop = (error: ProviderError) => {
      finish({ ok: false, error });
      controller.abort(error);
    };
    const onCancel = () => stop(new ProviderError("timeout", { providerMessage: "Cancelled before the provider answered" }));
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => stop(new ProviderError("timeout", { providerMessage: `No answer within ${options.timeoutMs} ms` })), options.timeoutMs);
    if (options.signal?.aborted) return onCancel();
    options.signal?.addEventListener("abort", onCancel, { once: true });
    // The worker's late settlement after a timeout is absorbed here, so it can never be an unhandled rejection.
    Promise.resolve()
      .then(() => worker(item, { signal: controller.signal, index }))
      .then(
        (value) => finish({ ok: true, value }),
        (error: unknown) => finish({ ok: false, error }),
      );
  });
}

/**
 * Runs `worker` over `items` with at most `concurrency` in flight and returns one row per item, in input
 * order. Never throws: every failure, timeout and cancel becomes an error row.
 */
export async function fanOut<T, R>(items: readonly T[], worker: FanOutWorker<T, R>, options: FanOutOptions<T, R> = {}): Promise<FanOutResult<T, R>[]> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_FAN_OUT_CONCURRENCY));
  const results = new Array<FanOutResult<T, R>>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      const result = await runOne(items[index] as T, index, worker, options);
      results[index] = result;
      try {
        options.onSettled?.(result, index);
      } catch (error) {
        console.error("fan-out: onSettled threw", error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

/**
 * The same fan-out as an async iterable of rows in settle order (each with its input index), for streaming.
 * Leaving the loop early cancels the items still running.
 */
export async function* fanOutStream<T, R>(
  items: readonly T[],
  worker: FanOutWorker<T, R>,
  options: Omit<FanOutOptions<T, R>, "onSettled"> = {},
): AsyncGenerator<FanOutResult<T, R> & { index: number }, void, undefined> {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  options.signal?.addEventListener("abort", cancel, { once: true });
  if (options.signal?.aborted) cancel();
  const ready: (FanOutResult<T, R> & { index: number })[] = [];
  let wake: (() => void) | undefined;
  let finished = false;
  const all = fanOut(items, worker, {
    ...options,
    signal: controller.signal,
    onSettled: (result, index) => {
      ready.push({ ...result, index });
      wake?.();
    },
  }).then(() => {
    finished = true;
    wake?.();
  });
  try {
    for (;;) {
      const row = ready.shift();
      if (row) {
        yield row;
        continue;
      }
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    cancel();
    options.signal?.removeEventListener("abort", cancel);
    await all;
  }
}
