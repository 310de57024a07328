import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { readConnectionTickets } from "@/lib/capabilities/tickets/read-tickets";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** One connection's tickets: the Tickets list's refresh. */
export const GET = defineRead({
  name: "tickets.list",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => readConnectionTickets(team.id, params.connectionId),
});
