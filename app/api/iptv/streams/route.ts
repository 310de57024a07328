import { NextResponse } from "next/server";

import { currentTeamContext } from "@/lib/auth/session";
import { listStreams } from "@/lib/capabilities/iptv/streams";

export const dynamic = "force-dynamic";

/** Streams of every IPTV connection, for the streams page's refresh after a start or stop. */
export async function GET() {
  const context = await currentTeamContext();
  if (!context) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  return NextResponse.json({ results: await listStreams(context.team.id) });
}
