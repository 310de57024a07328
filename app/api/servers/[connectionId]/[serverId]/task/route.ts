import { defineRead } from "@/lib/actions/define-read";
import { getServerTasks } from "@/lib/capabilities/servers/read-servers";
import { taskReaderFor } from "@/lib/capabilities/servers/task-rules";
import { serverRefInput } from "@/lib/capabilities/servers/validators";

/** A server's active and latest tasks; polled while a task runs (pollers of one moment share one provider call). */
export const GET = defineRead({
  name: "servers.tasks",
  params: serverRefInput,
  run: ({ params }, { team, role }) => getServerTasks(team.id, params.connectionId, params.serverId, taskReaderFor(role)),
});
