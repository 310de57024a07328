import type { Context } from "hono";

import type { SandboxEnv } from "../core/faults";
import { phpSerialize } from "./php-serialize";

export type X4bFormat = "json" | "ps";

/** `.json` → JSON, `.ps` → PHP serialize(); no suffix → JSON ("returned as JSON encoded data by default"). */
export function splitFormat(method: string): { method: string; format: X4bFormat } {
  const match = /^(.+?)\.(json|ps)$/i.exec(method);
  if (!match?.[1] || !match[2]) return { method, format: "json" };
  return { method: match[1], format: match[2].toLowerCase() as X4bFormat };
}

export function respond(c: Context<SandboxEnv>, format: X4bFormat, body: Record<string, unknown>): Response {
  if (format === "ps") return c.body(phpSerialize(body), 200, { "content-type": "text/plain; charset=UTF-8" });
  return c.json(body, 200);
}
