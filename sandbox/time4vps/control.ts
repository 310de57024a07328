import type { Hono } from "hono";
import { z } from "zod";

import type { SandboxEnv } from "../core/faults";
import type { Time4vpsStore } from "./store";
import { completeAllTasks, taskView } from "./tasks";

const stepSchema = z.object({ stepMs: z.number().int().min(0).max(600_000) });

/**
 * Time4VPS-only controls for tests and the demo:
 *   GET  /__sandbox/tasks           every task with its current state
 *   POST /__sandbox/tasks {stepMs}  duration of each step (activated → assigned → completed) for new tasks
 *   POST /__sandbox/tasks/complete  finishes every running task now and applies its effect
 */
export function mountControlRoutes(app: Hono<SandboxEnv>, store: Time4vpsStore): void {
  app.get("/__sandbox/tasks", (c) => {
    const data = store.data;
    const now = Date.now();
    return c.json({ stepMs: data.stepMs, tasks: data.tasks.map((task) => ({ server_id: task.server_id, ...taskView(task, now) })) });
  });

  app.post("/__sandbox/tasks", async (c) => {
    const parsed = stepSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: "expected {stepMs: integer 0..600000}" }, 400);
    store.data.stepMs = parsed.data.stepMs;
    return c.json({ stepMs: parsed.data.stepMs });
  });

  app.post("/__sandbox/tasks/complete", (c) => c.json({ completed: completeAllTasks(store.data, Date.now()) }));
}
