import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";

import { currentTeamContext } from "@/lib/auth/session";
import { listDepartments } from "@/lib/capabilities/tickets/list-departments";
import { AppError } from "@/lib/errors/app-error";
import { isProviderError } from "@/lib/providers/core/errors";

export const dynamic = "force-dynamic";

/** GET /api/tickets/departments?connectionId=… → the support departments of one of the team's connections. */
export async function GET(request: NextRequest) {
  const context = await currentTeamContext();
  if (!context) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const parsed = z.string().uuid().safeParse(request.nextUrl.searchParams.get("connectionId"));
  if (!parsed.success) return NextResponse.json({ error: "Choose a connection." }, { status: 400 });
  try {
    return NextResponse.json({ departments: await listDepartments(context.team.id, parsed.data) });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: error.code === "not-found" ? 404 : 400 });
    if (isProviderError(error)) return NextResponse.json({ error: error.userMessage, kind: error.kind }, { status: 502 });
    console.error("[api tickets/departments]", error instanceof Error ? error.message : "unknown error");
    return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
