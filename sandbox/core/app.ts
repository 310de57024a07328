import { Hono } from "hono";

import { FaultController, faultMiddleware, type OverLimitAnswer, type SandboxEnv } from "./faults";

export interface Sandbox {
  kind: string;
  app: Hono<SandboxEnv>;
  faults: FaultController;
  /** Puts the simulated provider back to its seeded state. */
  reset(): void;
}

type ControlListener = (kind: string) => void;
const globalForControl = globalThis as { hostdeckSandboxControlListeners?: Set<ControlListener> };
const controlListeners = (globalForControl.hostdeckSandboxControlListeners ??= new Set());

/**
 * Called after every change made through a simulator's control API (faults, reset, clock, tasks…). The console
 * running the sandbox beside itself listens: what it remembers of a provider whose world was just rearranged (its
 * read cache) no longer holds.
 */
export function onSandboxControl(listener: ControlListener): () => void {
  controlListeners.add(listener);
  return () => controlListeners.delete(listener);
}

/**
 * Every simulator shares the same outer shell: the provider's rate limit and fault injection first, and a small
 * control API under /__sandbox (faults, reset) that tests and the console's banner use. The provider's own routes
 * go on `app`; `overLimit` is how the provider answers a request over its rate limit.
 */
export function createSandboxApp(kind: string, mount: (app: Hono<SandboxEnv>) => { reset(): void }, options: { overLimit?: OverLimitAnswer } = {}): Sandbox {
  const faults = new FaultController();
  const app = new Hono<SandboxEnv>();
  app.use("/__sandbox/*", async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.res.status < 400) for (const listener of controlListeners) listener(kind);
  });
  app.use("*", faultMiddleware(faults, options.overLimit));
  app.get("/__sandbox/faults", (c) => c.json(faults.current));
  app.post("/__sandbox/faults", async (c) => {
    try {
      return c.json(faults.set(await c.req.json()));
    } catch (error) {
      return c.json({ error: error instanceof Error ? error.message : "invalid fault settings" }, 400);
    }
  });
  app.delete("/__sandbox/faults", (c) => {
    faults.clear();
    return c.json(faults.current);
  });
  // Registered before the provider's routes so a catch-all route of theirs cannot shadow it.
  const mounted: { state?: { reset(): void } } = {};
  app.post("/__sandbox/reset", (c) => {
    mounted.state?.reset();
    faults.clear();
    return c.json({ ok: true });
  });
  mounted.state = mount(app);
  const reset = mounted.state.reset;
  return { kind, app, faults, reset };
}
