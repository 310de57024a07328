import { ProviderError } from "./errors";

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
  timeoutMs?: number;
  requestsPerMinute?: number;
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

export function createTransport(options: TransportOptions): ProviderTransport {
  return {
    async request(request) {
      const url = buildUrl(options.baseUrl, request.path, request.query);
      const headers = new Headers(request.headers);
      let body: string | undefined;
      if (request.body?.type === "json") {
        headers.set("content-type", "application/json");
        body = JSON.stringify(request.body.value);
      } else if (request.body?.type === "form") {
        headers.set("content-type", "application/x-www-form-urlencoded");
        body = request.body.value;
      }
      headers.set("accept", headers.get("accept") ?? "application/json");
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      try {
        const response = await fetch(url, {
          method: request.method,
          headers,
          body,
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { status: response.status, headers: response.headers, text: await response.text() };
      } catch (error) {
        if (error instanceof ProviderError) throw error;
        if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
          throw new ProviderError("timeout", { providerMessage: `No answer within ${timeoutMs} ms` });
        }
        throw new ProviderError("upstream-down", { providerMessage: "Could not reach the provider", cause: error });
      }
    },
  };
}
