import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";

/**
 * Fault injection, settable per sandbox at run time (POST /__sandbox/faults) and at start
 * through HOSTDECK_SANDBOX_FAULTS='{"xtream":{"latencyMs":300}}'.
 */
export const faultModes = ["none", "http-500", "http-503", "timeout", "html", "malformed-json", "expired-credentials", "task-failure"] as const;
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
  /**
   * The provider's own rate limit: requests beyond this many in the last 60 s get the provider's over-limit answer
   * (each simulator's `overLimit`, e.g. HostBill's silent discard). Discarded requests do not count.
   */
  rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
});
export type FaultSettings = z.output<typeof faultSettingsSchema>;

export class FaultController {
  private settings: FaultSettings = faultSettingsSchema.parse({});
  /** Times (ms) of the requests let through within the rate-limit window. */
  private accepted: number[] = [];

  get current(): FaultSettings {
    return { ...this.settings };
  }

  set(input: unknown): FaultSettings {
    this.settings = faultSettingsSchema.parse(input);
    this.accepted = [];
    return this.current;
  }

  clear(): void {
    this.settings = faultSettingsSchema.parse({});
    this.accepted = [];
  }

  /** True when this request is over the provider's rate limit (sliding 60 s window); otherwise it is counted. */
  overLimit(now = Date.now()): boolean {
    const limit = this.settings.rateLimitPerMinute;
    if (limit === undefined) return false;
    this.accepted = this.accepted.filter((time) => time > now - 60_000);
    if (this.accepted.length >= limit) return true;
    this.accepted.push(now);
    return false;
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

export type SandboxEnv = {
  Variables: {
    forceExpiredCredentials: boolean;
    /** `task-failure` fault: an asynchronous task this request starts will fail (Time4VPS server actions). */
    failTask: boolean;
  };
};

/** How a provider answers a request over its rate limit. */
export type OverLimitAnswer = (c: Context<SandboxEnv>) => Response;

/**
 * HostBill discards requests over an API user's rate limit silently (the provider-docs README): the request is not
 * carried out and the answer is empty. Read here as an HTTP 200 with no body, what PHP sends when it exits early.
 */
export const silentDiscard: OverLimitAnswer = (c) => c.body(null, 200);

/** The common HTTP answer, for providers whose document says nothing more specific. */
export const tooManyRequests: OverLimitAnswer = (c) => c.json({ error: "Too Many Requests" }, 429, { "retry-after": "60" });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies the provider's rate limit, then the drawn fault; `expired-credentials` and `task-failure` are left to
 * each sandbox through the context flags.
 */
export function faultMiddleware(faults: FaultController, overLimit: OverLimitAnswer = tooManyRequests): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    c.set("forceExpiredCredentials", false);
    c.set("failTask", false);
    const url = new URL(c.req.url);
    if (url.pathname.startsWith("/__sandbox")) return next();
    if (faults.overLimit()) return overLimit(c);
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
      case "task-failure":
        c.set("failTask", true);
        return next();
      default:
        return next();
    }
  };
}
