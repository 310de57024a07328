/** Secrets shorter than this are not searched for: redacting "1" would mangle every message. */
const MIN_SECRET_LENGTH = 4;

/** Replaces every appearance of a secret (raw or URL-encoded) in a provider's words. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join("[redacted]");
  }
  return result;
}
