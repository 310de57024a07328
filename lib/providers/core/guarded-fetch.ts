import { fetch, type Dispatcher } from "undici";

import { ProviderError } from "./errors";
import type { ProviderRequest, ProviderResponse } from "./http";
import { readBodyText } from "./read-body";
import { urlShapeError } from "./ssrf-guard";

export interface AttemptInit {
  method: ProviderRequest["method"];
  headers: Headers;
  body?: string;
  /** The guarded agent: it resolves, checks and pins the address of every connection it opens. */
  dispatcher: Dispatcher;
  /** Time left for this attempt, body included. */
  timeoutMs: number;
  /** The timeout named in the error message (the attempt's full budget, not what was left of it). */
  reportedTimeoutMs: number;
  /** The caller's own cancellation; its reason is rethrown as is. */
  signal?: AbortSignal;
  maxRedirects: number;
  maxResponseBytes: number;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function findProviderError(error: unknown): ProviderError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof ProviderError) return current;
  }
  return undefined;
}

/** The low-level reason (e.g. ECONNREFUSED with address and port); fetch's own wrapper adds nothing. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; current instanceof Error && current.cause instanceof Error && depth < 5; depth++) current = current.cause;
  return current;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

// Messages name the host at most: the path and query may carry a key (xtream puts it in the path).
function toTransportError(error: unknown, init: AttemptInit, timeout: AbortSignal): unknown {
  const known = findProviderError(error);
  if (known) return known;
  if (init.signal?.aborted) return init.signal.reason;
  if (timeout.aborted) return new ProviderError("timeout", { providerMessage: `No answer within ${init.reportedTimeoutMs} ms` });
  const cause = rootCause(error);
  const code = errorCode(cause);
  return new ProviderError("upstream-down", { providerMessage: `Could not reach the provider${code ? ` (${code})` : ""}`, cause });
}

/** Where a redirect may lead: same rules as a base URL, and never from https down to http. */
function redirectTarget(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new ProviderError("bad-response", { providerMessage: "The provider redirected to an unreadable address" });
  }
  if (urlShapeError(next) || (from.protocol === "https:" && next.protocol === "http:")) {
    throw new ProviderError("blocked-address", { providerMessage: "The provider redirected to an address Hostdeck does not follow" });
  }
  return next;
}

/** Headers that may carry a credential stay with the origin they were meant for. */
function headersForOrigin(headers: Headers, from: URL, to: URL): Headers {
  if (from.origin === to.origin) return headers;
  const kept = new Headers();
  const accept = headers.get("accept");
  if (accept) kept.set("accept", accept);
  return kept;
}

/**
 * One attempt: the request, up to `maxRedirects` redirects of a GET (each target re-checked by the guarded
 * agent when it connects), and the body, all within `timeoutMs`. Any other redirect is returned as is.
 */
export async function fetchWithGuard(url: URL, init: AttemptInit): Promise<ProviderResponse> {
  const timeout = AbortSignal.timeout(Math.max(1, init.timeoutMs));
  const signal = init.signal ? AbortSignal.any([timeout, init.signal]) : timeout;
  let current = url;
  let headers = init.headers;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, {
        method: init.method,
        headers: Object.fromEntries(headers),
        body: init.body,
        redirect: "manual",
        signal,
        dispatcher: init.dispatcher,
      });
      const location = response.headers.get("location");
      if (init.method !== "GET" || !redirectStatuses.has(response.status) || !location) {
        const text = await readBodyText(response, init.maxResponseBytes);
        return { status: response.status, headers: response.headers, text };
      }
      await response.body?.cancel().catch(() => undefined);
      if (hop >= init.maxRedirects) {
        throw new ProviderError("bad-response", { status: response.status, providerMessage: `More than ${init.maxRedirects} redirects` });
      }
      const next = redirectTarget(location, current);
      headers = headersForOrigin(headers, current, next);
      current = next;
    }
  } catch (error) {
    throw toTransportError(error, init, timeout);
  }
}
