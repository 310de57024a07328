import type { AppErrorCode, ErrorBody } from "@/lib/errors/app-error";

/** A console route's error answer, as the browser sees it: the one error class of client code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: AppErrorCode | "network",
    readonly status: number,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === "object" && body !== null && "error" in body && typeof (body as ErrorBody).error?.message === "string";
}

/** GET a JSON route of the console; rejects with an ApiError carrying the server's code and message. */
export async function fetchJson<T>(url: string, options: { signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal, headers: { accept: "application/json" }, cache: "no-store" });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("The console could not be reached. Check your connection and try again.", "network", 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  if (isErrorBody(body)) throw new ApiError(body.error.message, body.error.code, response.status, body.error.fieldErrors);
  throw new ApiError(`The console answered ${response.status}.`, response.status === 401 ? "unauthenticated" : "internal", response.status);
}
