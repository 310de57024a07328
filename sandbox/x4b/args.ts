import type { ParsedQs } from "qs";

import { invalidArgument, missingArgument } from "./api-error";

/** GET and POST arguments merged as PHP's $_REQUEST would (POST wins), nested with PHP's `a[b]` syntax. */
export type X4bArgs = ParsedQs;

type ArgValue = ParsedQs[string];

function scalar(value: ArgValue, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidArgument(name);
  return value.trim();
}

export function optionalString(args: X4bArgs, name: string, label = name): string | undefined {
  const value = scalar(args[name], label);
  return value === "" ? undefined : value;
}

export function requiredString(args: X4bArgs, name: string, label = name): string {
  const value = optionalString(args, name, label);
  if (value === undefined) throw missingArgument(label);
  return value;
}

export function optionalInt(args: X4bArgs, name: string, label = name): number | undefined {
  const value = optionalString(args, name, label);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw invalidArgument(label);
  return Number(value);
}

export function requiredInt(args: X4bArgs, name: string, label = name): number {
  const value = optionalInt(args, name, label);
  if (value === undefined) throw missingArgument(label);
  return value;
}

/** A PHP array argument such as `port[from]=80&port[to]=8080`. */
export function structure(args: X4bArgs, name: string): X4bArgs | undefined {
  const value = args[name];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw invalidArgument(name);
  return value as X4bArgs;
}

/** PHP truthiness for flags: "1", "true", "on", "yes" are on; "0", "" and "false" are off. */
export function optionalFlag(args: X4bArgs, name: string, label = name): boolean | undefined {
  const value = optionalString(args, name, label);
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (["1", "true", "on", "yes"].includes(lower)) return true;
  if (["0", "false", "off", "no"].includes(lower)) return false;
  throw invalidArgument(label);
}

/** `service` or `lease`: both name the lease's ID in this API. */
export function serviceOrLease(args: X4bArgs): { id: number; via: "service" | "lease" } {
  const service = optionalInt(args, "service");
  if (service !== undefined) return { id: service, via: "service" };
  const lease = optionalInt(args, "lease");
  if (lease !== undefined) return { id: lease, via: "lease" };
  throw missingArgument("service");
}
