import { ProviderError, type ProviderErrorKind } from "../core/errors";

interface Rule {
  pattern: RegExp;
  kind: ProviderErrorKind;
  /** A fixed field, or the pattern's first capture group when true. */
  field?: string | true;
  code?: string;
}

/**
 * The panel answers every failure as {result: false, error: "<words>"} with no code, so its words are the contract.
 * Order matters: the first rule that matches wins. Database errors (SQLSTATE...) come last.
 */
const rules: readonly Rule[] = [
  { pattern: /too many requests|rate limit/i, kind: "rate-limited", code: "rate-limited" },
  { pattern: /whitelist|ip (?:is )?not allowed/i, kind: "auth", code: "ip-not-whitelisted" },
  { pattern: /api[ _]?key|access denied|unauthori[sz]ed/i, kind: "auth", code: "invalid-api-key" },
  { pattern: /^Username exists/i, kind: "conflict", field: "username", code: "username-exists" },
  { pattern: /^MAC Address already exists/i, kind: "conflict", field: "mac_address", code: "mac-exists" },
  { pattern: /^Invalid MAC Address/i, kind: "invalid-input", field: "mac_address", code: "invalid-mac" },
  { pattern: /^MAC Address not found/i, kind: "not-found", field: "mac_address", code: "mac-not-found" },
  { pattern: /^Invalid IP address/i, kind: "invalid-input", code: "invalid-ip" },
  { pattern: /^Wrong Username\/Password/i, kind: "not-found", field: "username", code: "wrong-username-password" },
  { pattern: /(?:not enough|insufficient) credits/i, kind: "out-of-stock", field: "credits", code: "not-enough-credits" },
  { pattern: /^Invalid credits/i, kind: "invalid-input", field: "credits", code: "invalid-credits" },
  { pattern: /^Invalid email/i, kind: "invalid-input", field: "email", code: "invalid-email" },
  { pattern: /^Expire date is required/i, kind: "invalid-input", field: "expire_date", code: "expire-date-required" },
  { pattern: /^Missing parameter:\s*(\w+)/i, kind: "invalid-input", field: true, code: "missing-parameter" },
  { pattern: /not found|does ?n[o']t exist/i, kind: "not-found" },
  { pattern: /^Invalid action/i, kind: "not-implemented", code: "invalid-action" },
];

const sqlRules: readonly Rule[] = [
  { pattern: /1062 Duplicate entry .* for key '([\w.]+)'/, kind: "conflict", field: true, code: "1062" },
  { pattern: /1054 Unknown column '(\w+)'/, kind: "invalid-input", field: true, code: "1054" },
  { pattern: /1366 Incorrect \w+ value: .* for column '(\w+)'/, kind: "invalid-input", field: true, code: "1366" },
  { pattern: /1406 Data too long for column '(\w+)'/, kind: "invalid-input", field: true, code: "1406" },
  { pattern: /1452 Cannot add or update a child row: .*FOREIGN KEY \(`(\w+)`\)/, kind: "invalid-input", field: true, code: "1452" },
  { pattern: /1048 Column '(\w+)' cannot be null/, kind: "invalid-input", field: true, code: "1048" },
];

function apply(rule: Rule, match: RegExpExecArray, message: string, status: number): ProviderError {
  const field = rule.field === true ? match[1] : rule.field;
  return new ProviderError(rule.kind, { providerMessage: message, providerCode: rule.code, status, field });
}

/** {result: false, error} → the shared error kinds, keeping the panel's words. */
export function panelError(message: string, status: number): ProviderError {
  const isDatabaseError = /^SQLSTATE\[/.test(message);
  for (const rule of isDatabaseError ? sqlRules : rules) {
    const match = rule.pattern.exec(message);
    if (match) return apply(rule, match, message, status);
  }
  // Any other database error ("server has gone away", deadlocks) is the panel's trouble, not the request's.
  if (isDatabaseError) return new ProviderError("upstream-down", { providerMessage: message, providerCode: "database-error", status });
  return new ProviderError("invalid-input", { providerMessage: message, status });
}
