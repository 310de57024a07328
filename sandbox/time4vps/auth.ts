import type { MiddlewareHandler } from "hono";

import { hostbillError, type ApiEnv } from "./http";
import type { Time4vpsData } from "./state";

const publicRoutes = new Set(["POST /api/signup", "POST /api/passwordreset"]);

function basicCredentials(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * HTTP Basic with the client area email and password on every call. A wrong, missing or (fault-injected)
 * expired login gets HostBill's `{"error": ["wronglogin"]}`, which Time4VPS's PHP library turns into
 * "Invalid username / password combination".
 */
export function basicAuth(data: () => Time4vpsData): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const path = new URL(c.req.url).pathname.replace(/\/+$/, "");
    if (publicRoutes.has(`${c.req.method} ${path}`)) return next();
    const given = basicCredentials(c.req.header("authorization"));
    const client = data().client;
    const ok = given && given.username.toLowerCase() === client.email.toLowerCase() && given.password === client.password;
    if (!ok || c.env.forceExpiredCredentials) return hostbillError(c, 401, "wronglogin");
    return next();
  };
}
