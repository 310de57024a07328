import { ProviderError } from "../core/errors";

const MASK = "[redacted]";

function scrub(text: string | undefined, secret: string): string | undefined {
  if (text === undefined || secret === "") return text;
  return text.split(secret).join(MASK).split(encodeURIComponent(secret)).join(MASK);
}

/** Text an error could show: its own words and those of its causes (a few levels deep). */
function texts(value: unknown, depth = 0): string[] {
  if (value === undefined || value === null || depth > 4) return [];
  if (typeof value === "string") return [value];
  if (value instanceof Error) return [value.message, value.stack ?? "", ...texts(value.cause, depth + 1)];
  if (typeof value === "object") {
    try {
      return [JSON.stringify(value) ?? ""];
    } catch {
      return [String(value)];
    }
  }
  return [String(value)];
}

function mentions(value: unknown, secret: string): boolean {
  if (secret === "") return false;
  return texts(value).some((text) => text.includes(secret) || text.includes(encodeURIComponent(secret)));
}

/**
 * In url-segment mode the key is part of every URL, so any error built from a URL could carry it.
 * Whatever leaves the client goes through here: the key is masked, and a cause that mentions it is dropped.
 */
export function withoutSecret(error: unknown, secret: string): unknown {
  if (!(error instanceof ProviderError)) {
    // A cancel or a bug passes through as it is, unless it would show the key.
    if (!mentions(error, secret)) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new ProviderError("upstream-down", { providerMessage: scrub(message, secret) });
  }
  const leaks = mentions(error.message, secret) || mentions(error.providerMessage, secret) || mentions(error.cause, secret);
  if (!leaks) return error;
  return new ProviderError(error.kind, {
    providerMessage: scrub(error.providerMessage, secret),
    providerCode: error.providerCode,
    status: error.status,
    field: error.field,
    cause: mentions(error.cause, secret) ? undefined : error.cause,
  });
}
