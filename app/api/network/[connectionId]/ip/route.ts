import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { ipQuerySchema } from "@/lib/capabilities/network/action-schemas";
import { lookupIp } from "@/lib/capabilities/network/read-network";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** ?ip=: network, mask, gateway… of one address. */
export const GET = defineRead({
  name: "network.ip",
  params: z.object({ connectionId: connectionIdSchema }),
  query: ipQuerySchema,
  run: ({ params, query }, { team }) => lookupIp(team.id, params.connectionId, query.ip),
});
