import ipaddr from "ipaddr.js";

import { badRequest, jsonRead } from "@/lib/capabilities/dns/route-json";
import { lookupPtr } from "@/lib/capabilities/rdns/list-rdns";

export const dynamic = "force-dynamic";

/** GET ?ip=: one ip.php address, its server and PTR. */
export async function GET(request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  const ip = new URL(request.url).searchParams.get("ip")?.trim() ?? "";
  if (!ipaddr.isValid(ip)) return badRequest("Enter an IP address");
  return jsonRead((context) => lookupPtr(context.team.id, connectionId, ip));
}
