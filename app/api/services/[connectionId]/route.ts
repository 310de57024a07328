import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { listConnectionServices } from "@/lib/capabilities/services/read-services";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** One connection's services: the Services list's refresh. */
export const GET = defineRead({
  name: "services.list",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => listConnectionServices(team.id, params.connectionId),
});
