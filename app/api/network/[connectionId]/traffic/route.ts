import ipaddr from "ipaddr.js";

import { badRequest, jsonRead } from "@/lib/capabilities/dns/route-json";
import { getTraffic } from "@/lib/capabilities/network/read-network";

export const dynamic = "force-dynamic";

/** GET ?ip=&days=7: summary and detailed traffic of an address over the last N days (ip.php get_traffic). */
export async function GET(request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  const search = new URL(request.url).searchParams;
  const ip = search.get("ip")?.trim() ?? "";
  const days = Number(search.get("days") ?? "7");
  if (!ipaddr.isValid(ip)) return badRequest("Enter an IP address");
  if (!Number.isInteger(days) || days < 1 || days > 90) return badRequest("The period is 1 to 90 days");
  const to = Math.floor(Date.now() / 1000);
  return jsonRead((context) => getTraffic(context.team.id, connectionId, ip, to - days * 86_400, to));
}
