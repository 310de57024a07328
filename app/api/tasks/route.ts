import { can } from "@/lib/auth/permissions";
import { currentTeamContext } from "@/lib/auth/session";
import { errorAnswer, json, unauthenticated } from "@/lib/capabilities/servers/http-answer";
import { listTeamTasks } from "@/lib/capabilities/servers/list-tasks";

export const dynamic = "force-dynamic";

/** Running and recent tasks across the team's servers; the Tasks page polls it. */
export async function GET() {
  const context = await currentTeamContext();
  if (!context) return unauthenticated();
  try {
    return json(await listTeamTasks(context.team.id, { revealSecrets: can(context.role, "resources:change") }));
  } catch (error) {
    return errorAnswer(error);
  }
}
