import { createTransport, type ProviderRequest, type ProviderTransport, type TransportOptions } from "../http";

/** Counts what reaches the wire, to prove invalid input is refused before any call. */
export interface CountingTransport extends ProviderTransport {
  requests: ProviderRequest[];
}

/** A transport to a sandbox on loopback that records every request it is asked to send. */
export function createCountingTransport(connectionId: string, baseUrl: string, timeoutMs = 5_000): CountingTransport {
  // The sandbox is on loopback, which the SSRF guard refuses unless allowed; quick retries keep fault tests short.
  const transportOptions: TransportOptions = {
    connectionId,
    baseUrl,
    timeoutMs,
    requestsPerMinute: 100_000,
    allowedHosts: ["127.0.0.1"],
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  };
  const inner = createTransport(transportOptions);
  const requests: ProviderRequest[] = [];
  return {
    requests,
    request(request) {
      requests.push(request);
      return inner.request(request);
    },
  };
}
