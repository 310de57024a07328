import { kindFromStatus, ProviderError } from "../core/errors";
import type { ProviderResponse } from "../core/http";
import { parseJsonText } from "../core/parse";
import { redactSecrets } from "../core/redact";
import { ipmoduleError } from "./errors";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** HOSTKEY's own rule: `result === -1` or a non-zero `code` is an error (a failed `result` word too). */
function isFailure(data: Record<string, unknown>): boolean {
  const { code, result } = data;
  const badCode = code !== undefined && code !== null && code !== "" && Number(code) !== 0;
  const badResult = result === -1 || result === "-1" || (typeof result === "string" && /^(error|fail(ed|ure)?)$/i.test(result));
  return badCode || badResult;
}

/** Returns the answer's data, or throws the typed error for `{code: -1, message}` and its relatives. */
export function readEnvelope(answer: ProviderResponse, secrets: readonly (string | undefined)[]): unknown {
  const { status } = answer;
  if (status >= 500) throw new ProviderError("upstream-down", { status, providerMessage: `HTTP ${status} from ip.php` });
  if (status === 429) throw new ProviderError("rate-limited", { status });
  const data = parseJsonText(answer.text, status);
  if (isRecord(data) && isFailure(data)) {
    const words = textOf(data.message) ?? textOf(data.error) ?? textOf(data.result) ?? "ip.php reported an error";
    throw ipmoduleError(redactSecrets(words, secrets), textOf(data.code) ?? textOf(data.result), status);
  }
  const statusKind = kindFromStatus(status);
  if (statusKind) throw new ProviderError(statusKind, { status, providerMessage: `HTTP ${status} from ip.php` });
  return data;
}
