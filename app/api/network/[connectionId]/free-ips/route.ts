import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { freeIpsQuerySchema } from "@/lib/capabilities/network/action-schemas";
import { listFreeIps } from "@/lib/capabilities/network/read-network";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** ?location=NL&excludeSpecial=1: unused addresses of a location. */
export const GET = defineRead({
  name: "network.free-ips",
  params: z.object({ connectionId: connectionIdSchema }),
  query: freeIpsQuerySchema,
  run: ({ params, query }, { team }) => listFreeIps(team.id, params.connectionId, query.location, query.excludeSpecial),
});
