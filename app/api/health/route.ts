export const dynamic = "force-dynamic";

/** Liveness: the process serves requests. Touches nothing else; readiness is /api/ready. */
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
