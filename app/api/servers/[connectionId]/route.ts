import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { listConnectionServers } from "@/lib/capabilities/servers/read-servers";
import { taskReaderFor } from "@/lib/capabilities/servers/task-rules";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** One connection's servers: the Servers list's refresh. */
export const GET = defineRead({
  name: "servers.list",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team, role }) => listConnectionServers(team.id, params.connectionId, taskReaderFor(role)),
});
