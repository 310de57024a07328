import { NextResponse } from "next/server";

import { currentTeamContext } from "@/lib/auth/session";
import { getZone } from "@/lib/capabilities/dns/get-zone";
import { settle } from "@/lib/capabilities/dns/settle";
import { exportZoneFile } from "@/lib/capabilities/dns/zone-file";

export const dynamic = "force-dynamic";

/** GET: the zone as a BIND zone file, downloaded as `<zone>.zone`. */
export async function GET(_request: Request, { params }: { params: Promise<{ connectionId: string; serviceId: string; zoneId: string }> }) {
  const context = await currentTeamContext();
  if (!context) return NextResponse.json({ error: "Your session has ended. Sign in again." }, { status: 401 });
  const { connectionId, serviceId, zoneId } = await params;
  if (!/^\d+$/.test(serviceId) || !/^\d+$/.test(zoneId)) return NextResponse.json({ error: "Unknown zone" }, { status: 400 });
  const zone = await settle(getZone(context.team.id, { connectionId, serviceId, zoneId }));
  if (!zone.ok) return NextResponse.json({ error: zone.error.message }, { status: zone.error.kind === "not-found" ? 404 : 502 });
  const text = exportZoneFile(zone.value, `exported by Hostdeck from ${zone.value.connection.label} on ${new Date().toISOString()}`);
  const filename = `${zone.value.name.replace(/[^a-z0-9.-]/gi, "_")}.zone`;
  return new NextResponse(text, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
