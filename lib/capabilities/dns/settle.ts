import { isProviderError } from "../../providers/core/errors";
import { AppError } from "@/lib/errors/app-error";

export type Settled<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };

/** A read that must not break the page: its value, or the error in words the UI can show. */
export async function settle<T>(work: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    if (isProviderError(error)) return { ok: false, error: { kind: error.kind, message: error.userMessage } };
    if (error instanceof AppError) return { ok: false, error: { kind: error.code, message: error.message } };
    console.error("[capability read]", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
    return { ok: false, error: { kind: "internal", message: "Something went wrong; the details are in the server log." } };
  }
}
