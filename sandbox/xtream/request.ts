import type { Context } from "hono";
import qs from "qs";

import type { SandboxEnv } from "../core/faults";

export type Params = Record<string, unknown>;

export interface ApiRequest {
  group: string;
  action: string;
  /** `$_POST`: the only place the document allows api_key besides the path. */
  body: Params;
  /** `$_REQUEST`: query string and body together (body wins), where ids and fields are read from. */
  params: Params;
  apiKey: string | undefined;
  /** Path segments after the key (or after the action when the key came by POST): an id, for the readings that put it there. */
  extraSegments: string[];
}

const parseOptions = { arrayLimit: 1000, depth: 5, parameterLimit: 5000 } as const;

function parseForm(text: string): Params {
  return qs.parse(text, parseOptions) as Params;
}

async function readBody(c: Context<SandboxEnv>): Promise<Params> {
  if (c.req.method === "GET" || c.req.method === "HEAD") return {};
  const type = c.req.header("content-type") ?? "";
  if (type.includes("multipart/form-data")) {
    const form = await c.req.formData();
    const pairs = new URLSearchParams();
    for (const [key, value] of form.entries()) if (typeof value === "string") pairs.append(key, value);
    return parseForm(pairs.toString());
  }
  const text = await c.req.text();
  if (type.includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Params) : {};
    } catch {
      return {};
    }
  }
  // PHP fills $_POST from url-encoded bodies even when the content type is missing or odd.
  return parseForm(text);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Splits `/api/<group>/<action>[/<api_key>][/<id>]` and reads the parameters the way PHP would. */
export async function readApiRequest(c: Context<SandboxEnv>): Promise<ApiRequest> {
  const url = new URL(c.req.url);
  const segments = url.pathname.split("/").filter(Boolean).map(decodeSegment);
  const [, group = "", action = "", ...rest] = segments;
  const body = await readBody(c);
  const params = { ...parseForm(url.search.slice(1)), ...body };
  const postedKey = typeof body.api_key === "string" && body.api_key !== "" ? body.api_key : undefined;
  if (postedKey !== undefined) {
    const extra = rest[0] === postedKey ? rest.slice(1) : rest;
    return { group: group.toLowerCase(), action: action.toLowerCase(), body, params, apiKey: postedKey, extraSegments: extra };
  }
  return { group: group.toLowerCase(), action: action.toLowerCase(), body, params, apiKey: rest[0], extraSegments: rest.slice(1) };
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
