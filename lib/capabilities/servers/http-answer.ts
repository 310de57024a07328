import "server-only";

import { describeFailure } from "./client";

const statusOf: Record<string, number> = {
  "not-found": 404,
  auth: 502,
  "rate-limited": 429,
  timeout: 504,
  internal: 500,
};

/** The JSON error answer of the servers/tasks GET routes: a status the query hook can act on, no internals. */
export function errorAnswer(error: unknown): Response {
  const failure = describeFailure(error);
  return Response.json({ error: failure.message, kind: failure.kind }, { status: statusOf[failure.kind] ?? 502, headers: { "cache-control": "no-store" } });
}

export const unauthenticated = () => Response.json({ error: "Your session has ended. Sign in again.", kind: "unauthenticated" }, { status: 401 });

export const json = (body: unknown) => Response.json(body, { headers: { "cache-control": "no-store" } });
