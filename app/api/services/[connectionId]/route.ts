import { ActionError } from "@/lib/actions/result";
import { currentTeamContext } from "@/lib/auth/session";
import { listConnectionServices } from "@/lib/capabilities/services/list-services";
import { isProviderError } from "@/lib/providers/core/errors";

export const dynamic = "force-dynamic";

/**
 * One connection's services as JSON, for the list's per-connection queries. A provider failure is an answer
 * (200 with `ok: false`), so the page can show that connection's error row beside the others.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const context = await currentTeamContext();
  if (!context) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { connectionId } = await params;
  try {
    const result = await listConnectionServices(context.team.id, connectionId);
    return Response.json({ ok: true, ...result });
  } catch (error) {
    if (error instanceof ActionError && error.code === "not-found") return Response.json({ error: error.message }, { status: 404 });
    if (isProviderError(error)) return Response.json({ ok: false, error: { kind: error.kind, message: error.userMessage } });
    console.error("[api/services] unexpected", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
    return Response.json({ ok: false, error: { kind: "internal", message: "Something went wrong; the details are in the server log." } });
  }
}
