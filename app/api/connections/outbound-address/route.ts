import { jsonRead } from "@/lib/capabilities/dns/route-json";
import { findOutboundAddress } from "@/lib/connections/outbound-address";

export const dynamic = "force-dynamic";

/** GET: the address the team's ip.php module sees Hostdeck calling from (what an Xtream panel must whitelist). */
export async function GET() {
  return jsonRead((context) => findOutboundAddress(context.team.id));
}
