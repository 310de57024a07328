import type { z } from "zod";

import { ProviderError } from "./errors";

/**
 * Validates a caller's input before anything is sent. A problem is an `invalid-input` naming the field of the
 * first issue; the message never repeats the value (it may be a password).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : undefined;
  throw new ProviderError("invalid-input", {
    field,
    providerMessage: `${field ? `${field}: ` : ""}${issue?.message ?? "invalid input"}`,
    cause: result.error,
  });
}
