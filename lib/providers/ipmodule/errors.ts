import { ProviderError, type ProviderErrorKind } from "../core/errors";

/**
 * ip.php explains itself only in words (`code` is always -1), so the words pick the kind. The token is static:
 * "invalid token" cannot be fixed by logging in again, it is an `auth` error.
 */
const rules: { pattern: RegExp; kind: ProviderErrorKind; field?: string }[] = [
  { pattern: /authentication required|invalid token|token (is )?(invalid|expired)|not authori[sz]ed|unauthori[sz]ed|access denied/i, kind: "auth" },
  { pattern: /too many requests|rate limit/i, kind: "rate-limited" },
  { pattern: /no significant traffic/i, kind: "not-found" },
  { pattern: /illegal ip subnet/i, kind: "invalid-input", field: "id" },
  { pattern: /malformed ip/i, kind: "invalid-input", field: "ip" },
  { pattern: /id or ip mismatch/i, kind: "invalid-input", field: "ip" },
  { pattern: /invalid ptr/i, kind: "invalid-input", field: "ptr" },
  { pattern: /\bnot found\b|\bno such\b/i, kind: "not-found" },
];

export function ipmoduleError(message: string, code: string | undefined, status: number): ProviderError {
  const rule = rules.find((candidate) => candidate.pattern.test(message));
  return new ProviderError(rule?.kind ?? "invalid-input", {
    providerMessage: message,
    providerCode: code,
    status,
    field: rule?.field,
  });
}
