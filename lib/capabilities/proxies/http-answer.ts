import "server-only";

import { AppError } from "@/lib/errors/app-error";
import { isProviderError } from "../../providers/core/errors";

const statusOf: Record<string, number> = { "not-found": 404, "invalid-input": 400, auth: 502, "rate-limited": 429, timeout: 504, internal: 500 };

/** What went wrong, in words for the user; anything unexpected is logged and hidden. */
export function describeFailure(error: unknown): { kind: string; message: string } {
  if (error instanceof AppError) return { kind: error.code, message: error.message };
  if (isProviderError(error)) return { kind: error.kind, message: error.userMessage };
  console.error("[proxies]", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
  return { kind: "internal", message: "Something went wrong on our side." };
}

export function errorAnswer(error: unknown): Response {
  const failure = describeFailure(error);
  return Response.json({ error: failure.message, kind: failure.kind }, { status: statusOf[failure.kind] ?? 502, headers: { "cache-control": "no-store" } });
}

export const unauthenticated = () => Response.json({ error: "Your session has ended. Sign in again.", kind: "unauthenticated" }, { status: 401 });

export const json = (body: unknown) => Response.json(body, { headers: { "cache-control": "no-store" } });
