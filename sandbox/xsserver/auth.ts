import type { MiddlewareHandler } from "hono";

import type { XsserverEnv } from "./env";
import { fail, stringParam } from "./request";
import type { XsserverState } from "./state";

const WRONG_LOGIN = "wronglogin";

/**
 * Every documented route but login/token/revoke needs a client: HTTP Basic (email:password) or an access token
 * from POST /login. The token is read from `Authorization: Bearer`, and, as a tolerant reading of a document
 * that never says how it travels, from a `token` query or body parameter.
 */
export function requireClient(state: XsserverState): MiddlewareHandler<XsserverEnv> {
  return async (c, next) => {
    const authorization = c.req.header("authorization") ?? "";
    const forceExpired = c.get("forceExpiredCredentials");
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim() ?? stringParam(c.get("params"), "token");
    const basic = /^Basic\s+(.+)$/i.exec(authorization)?.[1]?.trim();

    if (basic !== undefined) {
      const decoded = Buffer.from(basic, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const client = colon > 0 ? state.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined;
      // Basic credentials cannot expire; a password changed behind our back is HostBill's wrong login.
      if (!client || forceExpired) return unauthorized(c);
      c.set("clientId", client.id);
      return next();
    }
    if (bearer) {
      if (forceExpired) return fail(c, 401, "Expired token");
      const check = state.tokens.checkAccess(bearer);
      if (!check.ok) return fail(c, 401, check.message);
      c.set("clientId", check.clientId);
      c.set("accessJti", check.jti);
      return next();
    }
    return unauthorized(c);
  };
}

function unauthorized(c: Parameters<MiddlewareHandler<XsserverEnv>>[0]) {
  c.header("WWW-Authenticate", 'Basic realm="HostBill API"');
  return fail(c, 401, WRONG_LOGIN);
}
