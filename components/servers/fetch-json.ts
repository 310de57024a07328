/** A GET route answer that was not OK: the route's message, kind and HTTP status. */
export class RouteError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: string,
  ) {
    super(message);
    this.name = "RouteError";
  }
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: "application/json" }, cache: "no-store" });
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const { error, kind } = (body ?? {}) as { error?: string; kind?: string };
    throw new RouteError(error ?? `The console answered ${response.status}.`, response.status, kind ?? "internal");
  }
  return body as T;
}
