import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness plus a database round trip; used by the start script and e2e to know the console is ready. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
