import type { Context, MiddlewareHandler } from "hono";
import qs from "qs";

import type { Params, XsserverEnv } from "./env";

/**
 * The document calls every input "Query Parameters" while its examples send JSON bodies, so the simulator reads
 * a parameter from any of them: query string, JSON body, or form body (PHP-style `ipaddress[1.2.3.4]=host`).
 * The body wins over the query string.
 */
export function readParams(): MiddlewareHandler<XsserverEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const query = qs.parse(url.search.replace(/^\?/, ""), { depth: 5, parameterLimit: 500 }) as Params;
    const text = c.req.method === "GET" || c.req.method === "HEAD" ? "" : await c.req.text();
    c.set("params", { ...query, ...parseBody(text, c.req.header("content-type") ?? "") });
    await next();
  };
}

function parseBody(text: string, contentType: string): Params {
  if (text.trim() === "") return {};
  const looksLikeJson = contentType.includes("json") || /^\s*[{[]/.test(text);
  if (looksLikeJson) {
    try {
      const data = JSON.parse(text) as unknown;
      return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Params) : {};
    } catch {
      // PHP's json_decode gives null for a broken body; HostBill then sees no parameters at all.
      return {};
    }
  }
  return qs.parse(text, { depth: 5, parameterLimit: 500 }) as Params;
}

/** A string parameter, with numbers accepted as their decimal text. */
export function stringParam(params: Params, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = params[name];
    if (typeof value === "string") return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/** HostBill's error answer: a list of messages under `error`. */
export function fail(c: Context<XsserverEnv>, status: 400 | 401 | 403 | 404, ...messages: string[]) {
  return c.json({ error: messages }, status);
}

/** HostBill's datetime format, in server time (UTC here). */
export function timestamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/** Path ids are positive integers; anything else can never name a record. */
export function numericId(value: string | undefined): string | undefined {
  return value !== undefined && /^\d{1,12}$/.test(value) ? String(Number(value)) : undefined;
}
