import type { Context } from "hono";
import qs from "qs";

import type { SandboxEnv } from "../core/faults";
import type { X4bArgs } from "./args";

/**
 * "Arguments are supplied via GET or POST data": PHP's POST data comes from url-encoded and multipart bodies only,
 * so a JSON body (or an untyped one) supplies nothing.
 */
async function bodyArgs(c: Context<SandboxEnv>): Promise<X4bArgs> {
  if (c.req.method === "GET" || c.req.method === "HEAD") return {};
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.includes("multipart/form-data")) {
    const form = await c.req.formData();
    const pairs = new URLSearchParams();
    for (const [key, value] of form.entries()) if (typeof value === "string") pairs.append(key, value);
    return qs.parse(pairs.toString());
  }
  if (type.includes("application/x-www-form-urlencoded")) return qs.parse(await c.req.text());
  return {};
}

/** GET and POST arguments together, POST winning, as PHP's $_REQUEST. */
export async function readArgs(c: Context<SandboxEnv>): Promise<X4bArgs> {
  const query = qs.parse(new URL(c.req.url).search.slice(1));
  return { ...query, ...(await bodyArgs(c)) };
}
