import type { Context } from "hono";
import qs from "qs";

import type { SandboxEnv } from "../core/faults";

export type Params = Record<string, unknown>;

export interface ApiRequest {
  method: string;
  group: string;
  action: string;
  /** `$_POST`: the only place the document allows api_key besides the path. */
  body: Params;
  /** `$_GET`: read only by the calls the document says need no POST data (an id in the URL). */
  query: Params;
  /** Where the action reads its fields: `$_POST` for the documented POST calls, query and body otherwise. */
  params: Params;
  apiKey: string | undefined;
  /** Path segments after the key (or after the action when the key came by POST): an id, for the readings that put it there. */
  extraSegments: string[];
}

const parseOptions = { arrayLimit: 1000, depth: 5, parameterLimit: 5000 } as const;

function parseForm(text: string): Params {
  return qs.parse(text, parseOptions) as Params;
}

/**
 * `$_POST` as PHP fills it: only from application/x-www-form-urlencoded and multipart/form-data bodies. A JSON
 * body (or a form body without its content type) leaves it empty, so its fields, api_key included, are not seen.
 */
async function readBody(c: Context<SandboxEnv>): Promise<Params> {
  if (c.req.method === "GET" || c.req.method === "HEAD") return {};
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.includes("multipart/form-data")) {
    const form = await c.req.formData();
    const pairs = new URLSearchParams();
    for (const [key, value] of form.entries()) if (typeof value === "string") pairs.append(key, value);
    return parseForm(pairs.toString());
  }
  if (type.includes("application/x-www-form-urlencoded")) return parseForm(await c.req.text());
  return {};
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Splits `/api/<group>/<action>[/<api_key>][/<id>]` and reads `$_POST` and `$_GET` the way PHP would. */
export async function readApiRequest(c: Context<SandboxEnv>): Promise<ApiRequest> {
  const url = new URL(c.req.url);
  const segments = url.pathname.split("/").filter(Boolean).map(decodeSegment);
  const [, group = "", action = "", ...rest] = segments;
  const body = await readBody(c);
  const query = parseForm(url.search.slice(1));
  const common = { method: c.req.method.toUpperCase(), group: group.toLowerCase(), action: action.toLowerCase(), body, query, params: { ...query, ...body } };
  const postedKey = typeof body.api_key === "string" && body.api_key !== "" ? body.api_key : undefined;
  if (postedKey !== undefined) {
    const extra = rest[0] === postedKey ? rest.slice(1) : rest;
    return { ...common, apiKey: postedKey, extraSegments: extra };
  }
  return { ...common, apiKey: rest[0], extraSegments: rest.slice(1) };
}

export function stringParam(params: Params, name: string): string | undefined {
  const value = params[name];
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** `data[...]` as an object (or `data` sent as one JSON text); PHP gives an empty array when it is absent. */
export function dataParam(params: Params): Params {
  let data = params.data;
  if (typeof data === "string" && data.trim().startsWith("{")) {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      return {};
    }
  }
  return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Params) : {};
}

export function integerValue(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}
