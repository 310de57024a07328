import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { listConnectionTasks } from "@/lib/capabilities/servers/read-tasks";
import { taskReaderFor } from "@/lib/capabilities/servers/task-rules";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** One connection's running and recent tasks: the Tasks page's refresh. */
export const GET = defineRead({
  name: "tasks.list",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team, role }) => listConnectionTasks(team.id, params.connectionId, taskReaderFor(role)),
});
