import { kindFromStatus, ProviderError, type ProviderErrorKind } from "../core/errors";

/** The document's error codes ("Error code is optional, not all errors include a code"). */
const kindByCode: Record<string, ProviderErrorKind> = {
  "authentication error": "auth",
  "out of stock": "out-of-stock",
  "invalid input": "invalid-input",
};

const notFoundWords = /\bnot found\b|does not exist|\bno such\b|\bunknown (service|lease|port|server|plan)\b|no acl matches/i;
const conflictWords = /already (exists|in use|taken)|\bduplicate\b/i;
const authWords = /not logged in|please log ?in|session (has )?expired|invalid host_key|authenticat/i;

/** X4B names the argument it disliked ("Missing argument: service", "Invalid argument: port[from]"). */
function fieldFrom(message: string): string | undefined {
  return /\bargument:?\s*["']?([\w[\]]+)/i.exec(message)?.[1];
}

function kindFor(message: string, code: string | undefined): ProviderErrorKind {
  const byCode = code ? kindByCode[code.trim().toLowerCase()] : undefined;
  if (byCode === "auth" || byCode === "out-of-stock") return byCode;
  if (notFoundWords.test(message)) return "not-found";
  if (conflictWords.test(message)) return "conflict";
  if (!byCode && authWords.test(message)) return "auth";
  return byCode ?? "invalid-input";
}

/** `{error, code}` → ProviderError; the message has already been cleaned of secrets by the caller. */
export function x4bError(message: string, code: string | undefined, status: number): ProviderError {
  const statusKind = status >= 400 ? kindFromStatus(status) : undefined;
  const kind = statusKind === "auth" || statusKind === "rate-limited" ? statusKind : kindFor(message, code);
  return new ProviderError(kind, {
    providerMessage: message || undefined,
    providerCode: code || undefined,
    status,
    field: kind === "invalid-input" ? fieldFrom(message) : undefined,
  });
}
