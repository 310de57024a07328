import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { getUsageGraphs } from "@/lib/capabilities/servers/read-servers";
import { serverRefInput } from "@/lib/capabilities/servers/validators";

/** Fresh usage-graph links (they expire after a few minutes). `?width=200..768`, 576 when absent. */
export const GET = defineRead({
  name: "servers.graphs",
  params: serverRefInput,
  query: z.object({ width: z.coerce.number().int().min(200).max(768).default(576) }),
  run: async ({ params, query }, { team }) => ({
    graphs: await getUsageGraphs(team.id, params.connectionId, params.serverId, query.width),
    fetchedAt: new Date().toISOString(),
  }),
});
