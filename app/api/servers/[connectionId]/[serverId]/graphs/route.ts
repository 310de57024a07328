import { currentTeamContext } from "@/lib/auth/session";
import { getUsageGraphs } from "@/lib/capabilities/servers/get-usage";
import { errorAnswer, json, unauthenticated } from "@/lib/capabilities/servers/http-answer";
import { serverRefInput } from "@/lib/capabilities/servers/validators";

export const dynamic = "force-dynamic";

/** Fresh usage-graph links (they expire after about five minutes). `?width=200..768`. */
export async function GET(request: Request, { params }: { params: Promise<{ connectionId: string; serverId: string }> }) {
  const context = await currentTeamContext();
  if (!context) return unauthenticated();
  const ref = serverRefInput.safeParse(await params);
  if (!ref.success) return Response.json({ error: "This server was not found.", kind: "not-found" }, { status: 404 });
  const asked = Number(new URL(request.url).searchParams.get("width") ?? 576);
  const width = Number.isFinite(asked) ? Math.min(768, Math.max(200, Math.round(asked))) : 576;
  try {
    const graphs = await getUsageGraphs(context.team.id, ref.data.connectionId, ref.data.serverId, width);
    return json({ graphs, fetchedAt: new Date().toISOString() });
  } catch (error) {
    return errorAnswer(error);
  }
}
