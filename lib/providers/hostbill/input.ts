import type { z } from "zod";

import { ProviderError } from "../core/errors";

/**
 * Validates what the console asks for before anything is sent. A problem is an `invalid-input` naming the
 * field; the message never repeats the value (it may be a password).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : undefined;
  throw new ProviderError("invalid-input", {
    providerMessage: `${field ? `${field}: ` : ""}${issue?.message ?? "invalid input"}`,
    field,
    cause: result.error,
  });
}

/** Drops undefined fields and the path parameters from a request body. */
export function bodyWithout<T extends Record<string, unknown>, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && !keys.includes(key as K)) copy[key] = field;
  }
  return copy as Omit<T, K>;
}
