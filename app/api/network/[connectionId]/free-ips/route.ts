import { badRequest, jsonRead } from "@/lib/capabilities/dns/route-json";
import { listFreeIps } from "@/lib/capabilities/network/read-network";

export const dynamic = "force-dynamic";

/** GET ?location=NL&excludeSpecial=1: unused addresses of a location (ip.php list_free_ip). */
export async function GET(request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  const search = new URL(request.url).searchParams;
  const location = search.get("location")?.trim().toUpperCase() ?? "";
  if (!/^[A-Z0-9_-]{2,16}$/.test(location)) return badRequest("Enter a location code such as NL");
  return jsonRead((context) => listFreeIps(context.team.id, connectionId, location, search.get("excludeSpecial") === "1"));
}
