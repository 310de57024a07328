import { defineRead } from "@/lib/actions/define-read";
import { zoneRefSchema } from "@/lib/capabilities/dns/action-schemas";
import { getZone } from "@/lib/capabilities/dns/read-dns";

/** One zone and its records (the zone editor's refresh). */
export const GET = defineRead({
  name: "dns.zone",
  params: zoneRefSchema,
  run: ({ params }, { team }) => getZone(team.id, params),
});
