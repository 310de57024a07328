/** The error a read route answered with: its message, kind and HTTP status. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly kind: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

/** GET a JSON route of the console; rejects with a FetchError carrying the server's message. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "application/json" }, cache: "no-store" });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new FetchError("The console could not be reached. Check your connection and try again.", "network", 0);
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const payload = (body ?? {}) as { error?: string; kind?: string };
    throw new FetchError(payload.error ?? `The request failed (HTTP ${response.status}).`, payload.kind ?? "unknown", response.status);
  }
  return body as T;
}
