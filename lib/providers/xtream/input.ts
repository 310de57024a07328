import type { z } from "zod";

import { ProviderError } from "../core/errors";

/**
 * Checks a caller's input before anything is sent. The field is named as the panel names it: `data.` is dropped,
 * so `updateLine({data: {expire_date}})` and the panel's own complaint both point at `expire_date`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map(String);
  const field = (path[0] === "data" ? path.slice(1) : path).join(".") || undefined;
  throw new ProviderError("invalid-input", {
    providerMessage: field ? `${field}: ${issue?.message ?? "invalid value"}` : (issue?.message ?? "Invalid input"),
    field,
    cause: result.error,
  });
}
