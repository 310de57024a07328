import type { z } from "zod";

import { ProviderError } from "./errors";

/** Validates a provider's answer; a wrong shape is a `bad-response`, never a crash deeper in the UI. */
export function parseProviderData<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw new ProviderError("bad-response", {
    providerMessage: `Unexpected ${what}${where}: ${issue?.message ?? "invalid shape"}`,
    cause: result.error,
  });
}

/** JSON.parse that reports a `bad-response` (or `upstream-down` for a 5xx page) instead of a SyntaxError. */
export function parseJsonText(text: string, status: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(text);
    throw new ProviderError(status >= 500 || looksLikeHtml ? "upstream-down" : "bad-response", {
      status,
      providerMessage: looksLikeHtml ? `HTTP ${status} with an HTML page instead of JSON` : "The answer was not valid JSON",
      cause: error,
    });
  }
}
