import { definitionFor, type JobDefinition, type JobQueue, type SendOptions } from "./types";

const RETRY_BASE_MS = 5_000;

/**
 * The embedded default's queue: the same definitions run in this process (PGlite has one process anyway).
 * Nothing is stored: what must survive a restart lives in the definitions' own tables, and a scheduled
 * sweep picks it up again.
 */
export class InProcessQueue implements JobQueue {
  readonly backend = "in-process";
  private readonly definitions: Map<string, JobDefinition>;
  private readonly queuedKeys = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private working = false;
  private stopped = false;

  constructor(definitions: JobDefinition[]) {
    this.definitions = new Map(definitions.map((definition) => [definition.name, definition]));
  }

  send = async (name: string, data: object, options: SendOptions = {}): Promise<void> => {
    const definition = definitionFor(this.definitions, name, options);
    if (this.stopped) return;
    const key = definition.onePerKey && options.singletonKey ? `${name}:${options.singletonKey}` : undefined;
    if (key && this.queuedKeys.has(key)) return;
    if (key) this.queuedKeys.add(key);
    this.later((options.startAfterSeconds ?? 0) * 1000, () => {
      if (key) this.queuedKeys.delete(key);
      this.run(definition, data, 0);
    });
  };

  async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    for (const definition of this.definitions.values()) {
      if (!definition.everyMinutes) continue;
      const every = definition.everyMinutes * 60_000;
      const tick = () => {
        this.run(definition, {}, 0);
        this.later(every, tick);
      };
      this.later(every, tick);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }

  private later(ms: number, fn: () => void): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private run(definition: JobDefinition, data: object, attempt: number): void {
    if (this.stopped) return;
    const run = (async () => {
      try {
        await definition.run(definition.input.parse(data), { send: this.send });
      } catch (error) {
        if (attempt < definition.retryLimit) {
          this.later(RETRY_BASE_MS * 2 ** attempt, () => this.run(definition, data, attempt + 1));
        } else {
          console.error(`Job ${definition.name} failed after ${attempt + 1} attempts:`, error);
        }
      }
    })();
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }
}
