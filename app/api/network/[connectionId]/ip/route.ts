import ipaddr from "ipaddr.js";

import { badRequest, jsonRead } from "@/lib/capabilities/dns/route-json";
import { lookupIp } from "@/lib/capabilities/network/read-network";

export const dynamic = "force-dynamic";

/** GET ?ip=: network, mask, gateway… of one address (ip.php get_ip). */
export async function GET(request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  const ip = new URL(request.url).searchParams.get("ip")?.trim() ?? "";
  if (!ipaddr.isValid(ip)) return badRequest("Enter an IP address");
  return jsonRead((context) => lookupIp(context.team.id, connectionId, ip));
}
