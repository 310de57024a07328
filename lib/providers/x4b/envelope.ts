import { kindFromStatus, ProviderError } from "../core/errors";
import type { ProviderResponse } from "../core/http";
import { parseJsonText } from "../core/parse";
import { redactSecrets } from "../core/redact";
import { x4bError } from "./errors";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * Unwraps `{response}` or throws the typed error for `{error, code}`. A 5xx is the provider being down whatever
 * its body says; anything that is neither envelope is a `bad-response`.
 */
export function readEnvelope(answer: ProviderResponse, secrets: readonly (string | undefined)[]): unknown {
  const { status } = answer;
  if (status >= 500) {
    throw new ProviderError("upstream-down", { status, providerMessage: `HTTP ${status} from X4B` });
  }
  if (status === 429) throw new ProviderError("rate-limited", { status });
  const data = parseJsonText(answer.text, status);
  if (isRecord(data) && "response" in data) return data.response;
  if (isRecord(data) && data.error !== undefined && data.error !== null && data.error !== false) {
    const message = redactSecrets(textOf(data.error) ?? "X4B reported an error", secrets);
    const code = textOf(data.code);
    throw x4bError(message, code ? redactSecrets(code, secrets) : undefined, status);
  }
  const statusKind = kindFromStatus(status);
  if (statusKind) throw new ProviderError(statusKind, { status, providerMessage: `HTTP ${status} from X4B` });
  throw new ProviderError("bad-response", { status, providerMessage: "X4B answered with neither response nor error" });
}
