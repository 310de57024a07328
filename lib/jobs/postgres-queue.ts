import type PgBoss from "pg-boss";

import { definitionFor, type JobDefinition, type JobQueue, type SendOptions } from "./types";

/** Schedules in cron for pg-boss, whose clock ticks once a minute. */
export function cronEvery(minutes: number): string {
  if (minutes < 60) return minutes === 1 ? "* * * * *" : `*/${minutes} * * * *`;
  return `0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
}

const isDeadlock = (error: unknown) => typeof error === "object" && error !== null && "code" in error && error.code === "40P01";

/** Idempotent; two instances creating the same queue's tables at once can deadlock, so the loser tries again. */
async function createQueue(boss: PgBoss, definition: JobDefinition): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await boss.createQueue(definition.name, {
        name: definition.name,
        policy: definition.onePerKey ? "stately" : "standard",
        retryLimit: definition.retryLimit,
        retryDelay: 5,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
      });
      return;
    } catch (error) {
      if (!isDeadlock(error) || attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

/**
 * The queue with PostgreSQL (pg-boss, in its own `pgboss` schema of the same database): jobs are rows taken
 * with SKIP LOCKED, so each runs once across instances; a scheduled job is sent once per tick whichever
 * instances schedule it; a job whose instance died is expired and retried by another.
 */
export class PostgresQueue implements JobQueue {
  readonly backend = "postgres";
  private readonly definitions: Map<string, JobDefinition>;
  private boss?: PgBoss;
  private started?: Promise<PgBoss>;

  constructor(
    private readonly connectionString: string,
    definitions: JobDefinition[],
    private readonly options: { work: boolean },
  ) {
    this.definitions = new Map(definitions.map((definition) => [definition.name, definition]));
  }

  /** pg-boss is loaded and connected on first use only. */
  private start(): Promise<PgBoss> {
    this.started ??= (async () => {
      const { default: PgBossClass } = await import("pg-boss");
      const boss = new PgBossClass({
        connectionString: this.connectionString,
        max: 4,
        application_name: "hostdeck-jobs",
        // Only instances that work look after expiry, archiving and schedules.
        supervise: this.options.work,
        schedule: this.options.work,
        maintenanceIntervalSeconds: 30,
        cronMonitorIntervalSeconds: 15,
        cronWorkerIntervalSeconds: 5,
      });
      boss.on("error", (error) => console.error("Job queue:", error.message));
      this.boss = boss;
      await boss.start();
      for (const definition of this.definitions.values()) await createQueue(boss, definition);
      return boss;
    })();
    return this.started;
  }

  send = async (name: string, data: object, options: SendOptions = {}): Promise<void> => {
    definitionFor(this.definitions, name, options);
    const boss = await this.start();
    await boss.send(name, data, { startAfter: options.startAfterSeconds, singletonKey: options.singletonKey });
  };

  async work(): Promise<void> {
    const boss = await this.start();
    for (const definition of this.definitions.values()) {
      await boss.work(definition.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
        if (job) await definition.run(definition.input.parse(job.data), { send: this.send });
      });
      if (definition.everyMinutes) await boss.schedule(definition.name, cronEvery(definition.everyMinutes), {});
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => {});
    await this.boss?.stop({ graceful: true, wait: true, timeout: 20_000 });
  }
}
