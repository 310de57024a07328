import { can } from "@/lib/auth/permissions";
import { currentTeamContext } from "@/lib/auth/session";
import { getServerTasks } from "@/lib/capabilities/servers/get-server-tasks";
import { errorAnswer, json, unauthenticated } from "@/lib/capabilities/servers/http-answer";
import { serverRefInput } from "@/lib/capabilities/servers/validators";

export const dynamic = "force-dynamic";

/** A server's active and latest tasks (one provider call); polled while a task runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ connectionId: string; serverId: string }> }) {
  const context = await currentTeamContext();
  if (!context) return unauthenticated();
  const ref = serverRefInput.safeParse(await params);
  if (!ref.success) return Response.json({ error: "This server was not found.", kind: "not-found" }, { status: 404 });
  try {
    return json(await getServerTasks(context.team.id, ref.data.connectionId, ref.data.serverId, { revealSecrets: can(context.role, "resources:change") }));
  } catch (error) {
    return errorAnswer(error);
  }
}
