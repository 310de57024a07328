import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { listDepartments } from "@/lib/capabilities/tickets/read-tickets";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** The support departments a new ticket of one connection can go to. */
export const GET = defineRead({
  name: "tickets.departments",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => listDepartments(team.id, params.connectionId),
});
