import type { Context } from "hono";

import type { SandboxEnv } from "../core/faults";
import { invalidRequest } from "./api-error";

/** ip.php reads $_REQUEST: query and body together, the body winning. */
export type IpParams = Record<string, string>;

/** $_POST: PHP fills it from url-encoded and multipart bodies only; a JSON body (or an untyped one) is not read. */
async function bodyParams(c: Context<SandboxEnv>): Promise<IpParams> {
  if (c.req.method === "GET" || c.req.method === "HEAD") return {};
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.includes("multipart/form-data")) {
    const form = await c.req.formData();
    return Object.fromEntries([...form.entries()].flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  }
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(await c.req.text()));
  return {};
}

export async function readParams(c: Context<SandboxEnv>): Promise<IpParams> {
  const query = Object.fromEntries(new URL(c.req.url).searchParams);
  return { ...query, ...(await bodyParams(c)) };
}

export function optionalParam(params: IpParams, name: string): string | undefined {
  const value = params[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

export function requiredParam(params: IpParams, name: string, action: string): string {
  const value = optionalParam(params, name);
  if (value === undefined) throw invalidRequest(action);
  return value;
}

export function optionalInt(params: IpParams, name: string, action: string): number | undefined {
  const value = optionalParam(params, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw invalidRequest(action);
  return Number(value);
}

export function requiredInt(params: IpParams, name: string, action: string): number {
  const value = optionalInt(params, name, action);
  if (value === undefined) throw invalidRequest(action);
  return value;
}

/** 0/1 switches: anything else is an invalid request. */
export function optionalSwitch(params: IpParams, name: string, action: string): 0 | 1 | undefined {
  const value = optionalInt(params, name, action);
  if (value === undefined) return undefined;
  if (value !== 0 && value !== 1) throw invalidRequest(action);
  return value;
}
