import type { z } from "zod";

export interface SendOptions {
  /** Not before this many seconds from now. */
  startAfterSeconds?: number;
  /** Required with `onePerKey`: a job whose key is already queued is not queued again. */
  singletonKey?: string;
}

export type SendJob = (name: string, data: object, options?: SendOptions) => Promise<void>;

/** One kind of background work; the same definition runs on the PostgreSQL queue and in-process. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  input: S;
  run(data: z.output<S>, context: { send: SendJob }): Promise<void>;
  /** Runs on its own every this many minutes (1, 5, 60…), once across all instances. */
  everyMinutes?: number;
  /** A run that takes longer is presumed lost with its instance, and retried. */
  expireInSeconds: number;
  retryLimit: number;
  /** At most one queued and one running job per singletonKey. */
  onePerKey?: boolean;
}

export interface JobQueue {
  readonly backend: "postgres" | "in-process";
  send: SendJob;
  /** Takes jobs and runs the schedules in this process; without it the process only sends. */
  work(): Promise<void>;
  /** Takes no new jobs and waits for running ones. */
  stop(): Promise<void>;
}

/** The definition a job name stands for, checking what a send must carry. */
export function definitionFor(definitions: ReadonlyMap<string, JobDefinition>, name: string, options: SendOptions): JobDefinition {
  const definition = definitions.get(name);
  if (!definition) throw new Error(`Unknown job ${name}`);
  if (definition.onePerKey && !options.singletonKey) throw new Error(`Job ${name} is sent with a singletonKey`);
  return definition;
}

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
