import { badRequest, jsonRead } from "@/lib/capabilities/dns/route-json";
import { getZone } from "@/lib/capabilities/dns/get-zone";

export const dynamic = "force-dynamic";

/** GET: one zone and its records (the zone editor's query). */
export async function GET(_request: Request, { params }: { params: Promise<{ connectionId: string; serviceId: string; zoneId: string }> }) {
  const { connectionId, serviceId, zoneId } = await params;
  if (!/^\d+$/.test(serviceId) || !/^\d+$/.test(zoneId)) return badRequest("Unknown zone");
  return jsonRead((context) => getZone(context.team.id, { connectionId, serviceId, zoneId }));
}
