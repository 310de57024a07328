import { defineRead } from "@/lib/actions/define-read";
import { getServerDetail } from "@/lib/capabilities/servers/read-servers";
import { taskReaderFor } from "@/lib/capabilities/servers/task-rules";
import { serverRefInput } from "@/lib/capabilities/servers/validators";

/** One server's details; the detail page reads it again after a task ends. */
export const GET = defineRead({
  name: "servers.detail",
  params: serverRefInput,
  run: ({ params }, { team, role }) => getServerDetail(team.id, params.connectionId, params.serverId, taskReaderFor(role)),
});
