import { z } from "zod";

import { currentTeamContext } from "@/lib/auth/session";
import { listPortRules } from "@/lib/capabilities/proxies/get-port-acl";
import { errorAnswer, json, unauthenticated } from "@/lib/capabilities/proxies/http-answer";

export const dynamic = "force-dynamic";

const params = z.object({ connectionId: z.string().min(1), leaseId: z.coerce.number().int().positive(), portId: z.coerce.number().int().positive() });

/** A port's ACL rules as X4B lists them now; the ACL editor re-reads it after every change. */
export async function GET(_request: Request, context: { params: Promise<{ connectionId: string; leaseId: string; portId: string }> }) {
  const team = await currentTeamContext();
  if (!team) return unauthenticated();
  const ref = params.safeParse(await context.params);
  if (!ref.success) return Response.json({ error: "This port was not found.", kind: "not-found" }, { status: 404 });
  try {
    return json(await listPortRules(team.team.id, ref.data.connectionId, ref.data.leaseId, ref.data.portId));
  } catch (error) {
    return errorAnswer(error);
  }
}
