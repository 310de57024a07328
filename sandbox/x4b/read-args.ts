import type { Context } from "hono";
import qs from "qs";

import type { SandboxEnv } from "../core/faults";
import type { X4bArgs } from "./args";

async function bodyArgs(c: Context<SandboxEnv>): Promise<X4bArgs> {
  if (c.req.method === "GET" || c.req.method === "HEAD") return {};
  const type = c.req.header("content-type") ?? "";
  if (type.includes("application/json")) {
    try {
      const json: unknown = await c.req.json();
      return typeof json === "object" && json !== null && !Array.isArray(json) ? qs.parse(qs.stringify(json)) : {};
    } catch {
      return {};
    }
  }
  if (type.includes("multipart/form-data")) {
    const form = await c.req.formData();
    const pairs = new URLSearchParams();
    for (const [key, value] of form.entries()) if (typeof value === "string") pairs.append(key, value);
    return qs.parse(pairs.toString());
  }
  return qs.parse(await c.req.text());
}

/** GET and POST arguments together, POST winning, as PHP's $_REQUEST. */
export async function readArgs(c: Context<SandboxEnv>): Promise<X4bArgs> {
  const query = qs.parse(new URL(c.req.url).search.slice(1));
  return { ...query, ...(await bodyArgs(c)) };
}
