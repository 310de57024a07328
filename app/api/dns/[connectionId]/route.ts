import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { listConnectionZones } from "@/lib/capabilities/dns/read-dns";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** One connection's DNS services and zones: the DNS list's refresh. */
export const GET = defineRead({
  name: "dns.zones",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => listConnectionZones(team.id, params.connectionId),
});
