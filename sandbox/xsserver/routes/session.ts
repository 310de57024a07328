import type { Context, Hono } from "hono";

import { requireClient } from "../auth";
import type { XsserverEnv } from "../env";
import { fail, stringParam } from "../request";
import type { XsserverState } from "../state";

/** POST /login, /token, /revoke and /logout: HostBill's JWT session on top of the client's email and password. */
export function mountSessionRoutes(api: Hono<XsserverEnv>, state: XsserverState): void {
  api.post("/login", (c) => {
    const params = c.get("params");
    const fromBasic = basicCredentials(c.req.header("authorization"));
    const username = stringParam(params, "username", "email") ?? fromBasic?.username;
    const password = stringParam(params, "password") ?? fromBasic?.password;
    const client = username && password ? state.authenticate(username, password) : undefined;
    if (!client) return fail(c, 401, "wronglogin");
    return c.json(state.tokens.issue(client.id, issuer(c)));
  });

  api.post("/token", (c) => {
    const refresh = stringParam(c.get("params"), "refresh_token", "refresh");
    if (!refresh) return fail(c, 400, "Missing refresh token");
    const used = state.tokens.useRefresh(refresh);
    if (!used.ok) return fail(c, 401, used.message);
    return c.json(state.tokens.issue(used.clientId, issuer(c)));
  });

  // "Pass refresh token or call this method with valid access token."
  api.post(
    "/revoke",
    async (c, next) => {
      const refresh = stringParam(c.get("params"), "refresh_token", "refresh");
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

function basicCredentials(header: string | undefined): { username: string; password: string } | undefined {
  const encoded = /^Basic\s+(.+)$/i.exec(header ?? "")?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}
