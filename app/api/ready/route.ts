import { checkReadiness } from "@/lib/runtime/readiness";

export const dynamic = "force-dynamic";

let lastLogged = "";

/**
 * Readiness for a load balancer or orchestrator: 200 when this instance can serve, 503 otherwise. The
 * answer names nothing; the failing checks go to the server log (once per change).
 */
export async function GET() {
  const { ready, failing } = await checkReadiness();
  const summary = failing.join(", ");
  if (summary !== lastLogged) {
    lastLogged = summary;
    if (summary) console.warn(`Not ready: ${summary}`);
  }
  return Response.json({ ok: ready }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
