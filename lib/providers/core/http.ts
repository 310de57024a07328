import { DEFAULT_BREAKER_SETTINGS, withBreaker, type BreakerSettings } from "./breaker";
import { fetchWithGuard } from "./guarded-fetch";
import { isOutageStatus } from "./outage";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./read-body";
import { acquireRequestSlot } from "./request-budget";
import { DEFAULT_RETRY_POLICY, transportRetryDelay, withRetry, type RetryPolicy } from "./retry";
import { guardedAgentFor, urlShapeError, type HostLookup } from "./ssrf-guard";

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

export interface ProviderRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Appended to the connection's base URL (may carry its own query string). */
  path: string;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  /** `form` values are sent as application/x-www-form-urlencoded and must already be encoded. */
  body?: { type: "json"; value: unknown } | { type: "form"; value: string };
  /** Only idempotent requests are retried; defaults to true for GET and false otherwise. */
  idempotent?: boolean;
  timeoutMs?: number;
  /** Cancels the call (retries and budget wait included); the signal's reason is thrown. */
  signal?: AbortSignal;
}

export interface ProviderResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** One connection's way to the provider: timeouts, SSRF guard, retries, breaker and request budget live behind it. */
export interface ProviderTransport {
  request(request: ProviderRequest): Promise<ProviderResponse>;
}

export interface TransportOptions {
  connectionId: string;
  baseUrl: string;
  /** Per attempt, covering the wait for the request budget, every redirect and the body. */
  timeoutMs?: number;
  /** Budget shared by every caller in the process for this connection; none when undefined. */
  requestsPerMinute?: number;
  /** Calls waiting for the request budget beyond this many fail fast with `rate-limited`. */
  maxQueuedRequests?: number;
  /** Entries that may reach private addresses (`host`, `host:port`, `ip`, `ip:port`, CIDR); defaults to HOSTDECK_ALLOWED_HOSTS. */
  allowedHosts?: readonly string[];
  /** Resolver override, e.g. for tests that simulate DNS rebinding. */
  lookup?: HostLookup;
  retry?: Partial<RetryPolicy>;
  breaker?: Partial<BreakerSettings>;
  /** Redirects followed for GET; each target is checked again. */
  maxRedirects?: number;
  maxResponseBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): URL {
  const url = new URL(baseUrl.replace(/\/+$/, "") + (path.startsWith("/") || path === "" ? path : `/${path}`));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, String(item));
    else url.searchParams.set(key, String(value));
  }
  return url;
}

export const DEFAULT_MAX_REDIRECTS = 3;

function encodeBody(request: ProviderRequest, headers: Headers): string | undefined {
  if (request.body?.type === "json") {
    headers.set("content-type", "application/json");
    return JSON.stringify(request.body.value);
  }
  if (request.body?.type === "form") {
    headers.set("content-type", "application/x-www-form-urlencoded");
    return request.body.value;
  }
  return undefined;
}

/**
 * The way every provider call goes out: circuit breaker (outermost, so one failed call counts once),
 * retries for idempotent requests, then per attempt the request budget and the SSRF-guarded fetch.
 */
export function createTransport(options: TransportOptions): ProviderTransport {
  const dispatcher = guardedAgentFor({ allowedHosts: options.allowedHosts, lookup: options.lookup });
  const retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const breakerSettings = { ...DEFAULT_BREAKER_SETTINGS, ...options.breaker };
  const requestsPerMinute = options.requestsPerMinute;

  return {
    async request(request) {
      const url = buildUrl(options.baseUrl, request.path, request.query);
      const shapeError = urlShapeError(url);
      if (shapeError) throw shapeError;
      const headers = new Headers(request.headers);
      const body = encodeBody(request, headers);
      headers.set("accept", headers.get("accept") ?? "application/json");
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const idempotent = request.idempotent ?? request.method === "GET";
      const policy = idempotent ? retryPolicy : { ...retryPolicy, maxRetries: 0 };

      const attempt = async (): Promise<ProviderResponse> => {
        const startedAt = Date.now();
        if (requestsPerMinute !== undefined) {
          await acquireRequestSlot(
            options.connectionId,
            { requestsPerMinute, maxQueueSize: options.maxQueuedRequests },
            { maxWaitMs: timeoutMs, signal: request.signal },
          );
        }
        return fetchWithGuard(url, {
          method: request.method,
          headers: new Headers(headers),
          body,
          dispatcher,
          timeoutMs: timeoutMs - (Date.now() - startedAt),
          reportedTimeoutMs: timeoutMs,
          signal: request.signal,
          maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
          maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        });
      };

      return withBreaker(
        options.connectionId,
        breakerSettings,
        () => withRetry(attempt, (outcome, retry) => transportRetryDelay(outcome, retry, policy), request.signal),
        (response) => isOutageStatus(response.status),
      );
    },
  };
}
