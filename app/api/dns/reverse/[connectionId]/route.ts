import { jsonRead } from "@/lib/capabilities/dns/route-json";
import { listRdns } from "@/lib/capabilities/rdns/list-rdns";

export const dynamic = "force-dynamic";

/** GET: the addresses of one connection whose PTR the console can change, with their PTRs. */
export async function GET(_request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  return jsonRead((context) => listRdns(context.team.id, connectionId));
}
