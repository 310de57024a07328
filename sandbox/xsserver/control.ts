import type { Hono } from "hono";
import { z } from "zod";

import type { SandboxEnv } from "../core/faults";
import type { XsserverState } from "./state";

const tokenSettingsSchema = z.object({
  /** Access-token lifetime for tokens issued from now on. */
  ttlSeconds: z.number().int().min(0).max(86_400).optional(),
  refreshTtlSeconds: z
    .number()
    .int()
    .min(0)
    .max(90 * 86_400)
    .optional(),
  /** Make every access token issued so far answer "Expired token" (refresh tokens keep working). */
  expireIssued: z.boolean().optional(),
  /** false: POST /login and /token are refused (403 "API token login is disabled"), Basic still works. */
  loginEnabled: z.boolean().optional(),
});

/** GET/POST /__sandbox/tokens: token lifetimes and forced expiry, for tests and the demo banner. */
export function mountControlRoutes(app: Hono<SandboxEnv>, state: XsserverState): void {
  app.get("/__sandbox/tokens", (c) => c.json({ ...state.tokens.settings, activeTokens: state.tokens.activeCount }));
  app.post("/__sandbox/tokens", async (c) => {
    const parsed = tokenSettingsSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: parsed.error.issues[0]?.message ?? "invalid token settings" }, 400);
    const { ttlSeconds, refreshTtlSeconds, expireIssued, loginEnabled } = parsed.data;
    if (loginEnabled !== undefined) state.tokens.settings.loginEnabled = loginEnabled;
    if (ttlSeconds !== undefined) state.tokens.settings.ttlSeconds = ttlSeconds;
    if (refreshTtlSeconds !== undefined) state.tokens.settings.refreshTtlSeconds = refreshTtlSeconds;
    if (expireIssued) state.tokens.expireIssuedAccessTokens();
    return c.json({ ...state.tokens.settings, activeTokens: state.tokens.activeCount });
  });
}
