import type { MiddlewareHandler } from "hono";
import { z } from "zod";

/**
 * Fault injection, settable per sandbox at run time (POST /__sandbox/faults) and at start
 * through HOSTDECK_SANDBOX_FAULTS='{"xtream":{"latencyMs":300}}'.
 */
export const faultModes = ["none", "http-500", "http-503", "timeout", "html", "malformed-json", "expired-credentials"] as const;
export type FaultMode = (typeof faultModes)[number];

export const faultSettingsSchema = z.object({
  latencyMs: z.number().int().min(0).max(120_000).default(0),
  mode: z.enum(faultModes).default("none"),
  /** Probability (0..1) that a matching request gets the fault. */
  rate: z.number().min(0).max(1).default(1),
  /** Apply the fault to this many matching requests only, then stop (undefined: until changed). */
  remaining: z.number().int().min(0).optional(),
  /** Only requests whose path (with query) contains this string are affected. */
  pathContains: z.string().optional(),
});
export type FaultSettings = z.output<typeof faultSettingsSchema>;

export class FaultController {
  private settings: FaultSettings = faultSettingsSchema.parse({});

  get current(): FaultSettings {
    return { ...this.settings };
  }

  set(input: unknown): FaultSettings {
    this.settings = faultSettingsSchema.parse(input);
    return this.current;
  }

  clear(): void {
    this.settings = faultSettingsSchema.parse({});
  }

  /** Decides, once per request, which fault (if any) it gets. */
  draw(pathWithQuery: string): { latencyMs: number; mode: FaultMode } {
    const s = this.settings;
    const matches = !s.pathContains || pathWithQuery.includes(s.pathContains);
    if (!matches) return { latencyMs: 0, mode: "none" };
    let mode: FaultMode = "none";
    if (s.mode !== "none" && (s.remaining === undefined || s.remaining > 0) && Math.random() < s.rate) {
      mode = s.mode;
      if (s.remaining !== undefined) this.settings = { ...s, remaining: s.remaining - 1 };
    }
    return { latencyMs: s.latencyMs, mode };
  }
}

export type SandboxEnv = { Variables: { forceExpiredCredentials: boolean } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Applies the drawn fault; `expired-credentials` is left to each sandbox's auth check via the context flag. */
export function faultMiddleware(faults: FaultController): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    c.set("forceExpiredCredentials", false);
    const url = new URL(c.req.url);
    if (url.pathname.startsWith("/__sandbox")) return next();
    const { latencyMs, mode } = faults.draw(url.pathname + url.search);
    if (latencyMs > 0) await sleep(latencyMs);
    switch (mode) {
      case "http-500":
        return c.json({ error: "Internal Server Error" }, 500);
      case "http-503":
        return c.text("Service Unavailable", 503);
      case "timeout":
        // Never answer; the client's timeout must fire. The socket is freed when the client gives up.
        return new Promise<Response>(() => {});
      case "html":
        return c.html("<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>", 502);
      case "malformed-json":
        return c.body('{"result": tru', 200, { "content-type": "application/json" });
      case "expired-credentials":
        c.set("forceExpiredCredentials", true);
        return next();
      default:
        return next();
    }
  };
}
