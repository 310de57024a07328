import "server-only";

import { NextResponse } from "next/server";

import { currentTeamContext, type TeamContext } from "../../auth/session";
import { settle } from "./settle";

const statusOf: Record<string, number> = { "not-found": 404, "invalid-input": 400, forbidden: 403, auth: 502, timeout: 504, "rate-limited": 429 };

/** A GET route handler body: signed-in team member or 401, then the read as JSON, or its error with a fitting status. */
export async function jsonRead<T>(read: (context: TeamContext) => Promise<T>): Promise<NextResponse> {
  const context = await currentTeamContext();
  if (!context) return NextResponse.json({ error: "Your session has ended. Sign in again.", kind: "unauthenticated" }, { status: 401 });
  const result = await settle(read(context));
  if (result.ok) return NextResponse.json(result.value, { headers: { "cache-control": "no-store" } });
  return NextResponse.json({ error: result.error.message, kind: result.error.kind }, { status: statusOf[result.error.kind] ?? 502 });
}

export function badRequest(message: string): NextResponse {
  return NextResponse.json({ error: message, kind: "invalid-input" }, { status: 400 });
}
