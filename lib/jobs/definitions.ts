import { z } from "zod";

import { checkStaleConnections } from "../connections/check-stale-connections";
import { checkFollowedTask, FOLLOW_SERVER_TASK } from "../server-tasks/check-followed-task";
import { sweepFollowedTasks } from "../server-tasks/sweep-followed-tasks";
import { expireRecords } from "./expire-records";
import { defineJob, type JobDefinition } from "./types";

const none = z.object({});

/** Every background job. Each is safe to run twice: the queue promises once, the code does not rely on it. */
export const jobDefinitions: JobDefinition[] = [
  defineJob({
    name: FOLLOW_SERVER_TASK,
    input: z.object({ id: z.string().uuid() }),
    run: async ({ id }, { send }) => void (await checkFollowedTask(id, send)),
    expireInSeconds: 60,
    retryLimit: 5,
    onePerKey: true,
  }),
  defineJob({
    name: "sweep-server-tasks",
    input: none,
    run: async (_data, { send }) => void (await sweepFollowedTasks(send)),
    everyMinutes: 1,
    expireInSeconds: 60,
    retryLimit: 1,
  }),
  defineJob({
    name: "check-connections",
    input: none,
    run: async () => void (await checkStaleConnections()),
    everyMinutes: 1,
    expireInSeconds: 300,
    retryLimit: 0,
  }),
  defineJob({
    name: "expire-records",
    input: none,
    run: async () => void (await expireRecords()),
    everyMinutes: 60,
    expireInSeconds: 300,
    retryLimit: 2,
  }),
];
