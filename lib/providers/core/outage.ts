import { isProviderError } from "./errors";

/** The provider did not answer properly: what retries and the breaker react to (an auth error is an answer). */
export function isOutageError(error: unknown): boolean {
  return isProviderError(error) && (error.kind === "upstream-down" || error.kind === "timeout");
}

/** 5xx means the provider is struggling; 501 and 505 are deliberate answers, not outages. */
export function isOutageStatus(status: number): boolean {
  return status >= 500 && status !== 501 && status !== 505;
}
