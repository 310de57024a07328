import { kindFromStatus, ProviderError, type ProviderErrorKind } from "../core/errors";

/**
 * HostBill's client API reports failures as `{"error": "text"}` or `{"error": ["token", "text"]}`, sometimes
 * with a 200, sometimes with a 4xx. Success answers may carry `"error": []`, which is not a failure.
 */
export function hostbillErrorMessages(data: unknown): string[] {
  if (typeof data !== "object" || data === null || !("error" in data)) return [];
  const error = (data as { error: unknown }).error;
  if (typeof error === "string") return error.trim() ? [error.trim()] : [];
  if (Array.isArray(error)) return error.filter((item): item is string => typeof item === "string" && item.trim() !== "");
  if (typeof error === "object" && error !== null) {
    return Object.values(error).filter((item): item is string => typeof item === "string" && item.trim() !== "");
  }
  return [];
}

const authPattern =
  /wronglogin|wrong ?login|invalid (credentials|login|token|password)|token (has )?expired|expired token|not ?logged|unauthori[sz]ed|authentication (failed|required)|access denied|login required/i;
const notFoundPattern =
  /not ?found|notfound|does not exist|doesn't exist|no such|unknown (service|server|invoice|zone|record|certificate|contact|product|task)|invalid (service|server|invoice|zone|record|certificate|contact|product|task)( ?id)?\b/i;
const conflictPattern =
  /already (exists|running|in progress|registered|in use|ordered|sent)|active task|server is busy|one task per server|task .*(pending|in progress)|conflict|duplicate/i;
const rateLimitPattern = /too many requests|rate limit|api limit/i;
const outOfStockPattern = /out of stock|no (longer )?available|sold out/i;

/** Which shared kind a HostBill error message means, when the words say it more clearly than the status. */
export function kindFromHostbillMessage(message: string): ProviderErrorKind | undefined {
  if (authPattern.test(message)) return "auth";
  if (rateLimitPattern.test(message)) return "rate-limited";
  if (conflictPattern.test(message)) return "conflict";
  if (outOfStockPattern.test(message)) return "out-of-stock";
  // "Field 'x' is invalid: unknown service 12" is about the input, not a missing item.
  if (/^field\s/i.test(message)) return "invalid-input";
  if (notFoundPattern.test(message)) return "not-found";
  return undefined;
}

/** Guesses the field a validation message names, e.g. "Field 'content' is invalid" or "content: required". */
function fieldFromMessage(message: string): string | undefined {
  const quoted = /field\s+['"“]?([a-z0-9_\[\].-]+)['"”]?/i.exec(message) ?? /^([a-z0-9_]+)\s*:/i.exec(message);
  return quoted?.[1];
}

export function hostbillError(status: number, messages: string[], secrets: readonly string[]): ProviderError {
  const providerMessage = redact(messages.join("; "), secrets) || undefined;
  const byWords = messages.map(kindFromHostbillMessage).find((kind) => kind !== undefined);
  const byStatus = kindFromStatus(status);
  // 5xx, 429 and 401/403 are decisive (token renewal relies on auth); otherwise words beat a generic 400/404.
  const decisive = byStatus === "upstream-down" || byStatus === "rate-limited" || byStatus === "auth";
  const kind: ProviderErrorKind = decisive ? byStatus : (byWords ?? byStatus ?? "invalid-input");
  return new ProviderError(kind, {
    status,
    providerMessage,
    providerCode: messages.length ? redact(messages[0] ?? "", secrets) : undefined,
    field: kind === "invalid-input" || kind === "conflict" ? messages.map(fieldFromMessage).find(Boolean) : undefined,
  });
}

/** No credential may leave the client in an error, even when a provider echoes it back. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 3) out = out.split(secret).join("[redacted]");
  return out;
}

/** A connection dropped mid-answer: HostBill's way of discarding requests over an API user's rate limit. */
export function isDroppedConnection(error: ProviderError): boolean {
  if (/ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED/.test(error.providerMessage ?? "")) return true;
  let cause: unknown = error.cause;
  for (let depth = 0; cause && depth < 5; depth += 1) {
    const code = typeof cause === "object" && cause !== null && "code" in cause ? String((cause as { code: unknown }).code) : "";
    const message = cause instanceof Error ? cause.message : "";
    if (/ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED/.test(code) || /other side closed|socket hang up/i.test(message)) return true;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return false;
}
