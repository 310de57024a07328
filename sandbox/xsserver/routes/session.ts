import type { Context, Hono } from "hono";

import { requireClient } from "../auth";
import type { XsserverEnv } from "../env";
import { fail, stringParam } from "../request";
import type { XsserverState } from "../state";

/** Words invented for an API user that the admin left on Basic (HostBill's page confirms the two modes). */
const LOGIN_DISABLED = "API token login is disabled, use Basic authentication";

/** POST /login, /token, /revoke and /logout: HostBill's JWT session on top of the client's email and password. */
export function mountSessionRoutes(api: Hono<XsserverEnv>, state: XsserverState): void {
  // The document names the parameters exactly: `username` and `password` (login), `refresh_token` (token, revoke).
  api.post("/login", (c) => {
    if (!state.tokens.settings.loginEnabled) return fail(c, 403, LOGIN_DISABLED);
    const params = c.get("params");
    const username = stringParam(params, "username");
    const password = stringParam(params, "password");
    const client = username && password ? state.authenticate(username, password) : undefined;
    if (!client) return fail(c, 401, "wronglogin");
    return c.json(state.tokens.issue(client.id, issuer(c)));
  });

  api.post("/token", (c) => {
    if (!state.tokens.settings.loginEnabled) return fail(c, 403, LOGIN_DISABLED);
    const refresh = stringParam(c.get("params"), "refresh_token");
    if (!refresh) return fail(c, 400, "Missing refresh token");
    const used = state.tokens.useRefresh(refresh);
    if (!used.ok) return fail(c, 401, used.message);
    return c.json(state.tokens.issue(used.clientId, issuer(c)));
  });

  // "Pass refresh token or call this method with valid access token."
  api.post(
    "/revoke",
    async (c, next) => {
      const refresh = stringParam(c.get("params"), "refresh_token");
      if (!refresh) return next();
      const revoked = state.tokens.revokeByRefresh(refresh);
      if (!revoked.ok) return fail(c, 401, revoked.message);
      return c.json({ status: true });
    },
    requireClient(state),
    (c) => {
      const jti = c.get("accessJti");
      if (!jti) return fail(c, 400, "Missing refresh token");
      state.tokens.revokeByAccessJti(jti);
      return c.json({ status: true });
    },
  );

  api.post("/logout", requireClient(state), (c) => {
    const jti = c.get("accessJti");
    if (jti) state.tokens.revokeByAccessJti(jti);
    return c.json({ status: true });
  });
}

function issuer(c: Context<XsserverEnv>): string {
  return `${new URL(c.req.url).origin}/api`;
}
