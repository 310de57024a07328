import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { ipQuerySchema } from "@/lib/capabilities/network/action-schemas";
import { lookupPtr } from "@/lib/capabilities/rdns/read-rdns";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** ?ip=: one address of a lookup-only connection, its owner and PTR. */
export const GET = defineRead({
  name: "rdns.lookup",
  params: z.object({ connectionId: connectionIdSchema }),
  query: ipQuerySchema,
  run: ({ params, query }, { team }) => lookupPtr(team.id, params.connectionId, query.ip),
});
