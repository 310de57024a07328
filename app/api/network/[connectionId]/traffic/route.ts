import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { trafficQuerySchema } from "@/lib/capabilities/network/action-schemas";
import { getTraffic } from "@/lib/capabilities/network/read-network";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** ?ip=&days=7: summary and detailed traffic of an address over the last N days. */
export const GET = defineRead({
  name: "network.traffic",
  params: z.object({ connectionId: connectionIdSchema }),
  query: trafficQuerySchema,
  run: ({ params, query }, { team }) => getTraffic(team.id, params.connectionId, query.ip, query.days),
});
