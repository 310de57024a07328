import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import qs from "qs";

/** The inner API app gets the fault flag from the outer shell as a binding. */
export type ApiEnv = { Bindings: { forceExpiredCredentials: boolean; failTask: boolean } };
export type ApiContext = Context<ApiEnv>;

export type Body = Record<string, unknown>;

/** HostBill's error shape, as Time4VPS's own PHP library reads it: `{"error": ["..."]}`. */
export function hostbillError(c: ApiContext, status: ContentfulStatusCode, ...messages: string[]) {
  return c.json({ error: messages }, status);
}

export const notFound = (c: ApiContext, what: string) => hostbillError(c, 404, `Invalid ${what} ID`);

export class BadBody extends Error {}

/**
 * HostBill reads `$_REQUEST`-style input: JSON bodies (as the document's examples send), form bodies
 * (PHP clients, nested `a[b]=c` keys) and query parameters all count.
 */
export async function readInput(c: ApiContext): Promise<Body> {
  const query: Body = qs.parse(new URL(c.req.url).search.slice(1));
  const type = c.req.header("content-type") ?? "";
  const text = await c.req.text();
  if (text.trim() === "") return query;
  if (type.includes("application/x-www-form-urlencoded")) return { ...query, ...(qs.parse(text) as Body) };
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new BadBody("Invalid request body");
    return { ...query, ...(parsed as Body) };
  } catch {
    throw new BadBody("Invalid request body");
  }
}

export function str(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** PHP-style truthiness for flags sent as true, "true", "1", 1, "on". */
export function flag(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  const text = str(value).toLowerCase();
  return text === "1" || text === "true" || text === "on" || text === "yes";
}

export function intOf(value: unknown): number | undefined {
  const text = str(value);
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value);
export const isHostname = (value: string) =>
  value.length <= 253 && /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i.test(value);
