import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { listConnectionPanelList, listConnectionSubscriptions } from "@/lib/capabilities/iptv/read-lists";
import { connectionIdSchema } from "@/lib/connections/connection-id";

const lists = z.enum(["lines", "mag", "resellers", "streams", "servers", "admins"]);

/** What each IPTV list page refreshes for one panel. */
const readers: Record<z.output<typeof lists>, (teamId: string, connectionId: string, fresh: boolean) => Promise<unknown>> = {
  lines: (teamId, connectionId, fresh) => listConnectionSubscriptions(teamId, connectionId, "line", { fresh }),
  mag: (teamId, connectionId, fresh) => listConnectionSubscriptions(teamId, connectionId, "mag", { fresh }),
  resellers: (teamId, connectionId) => listConnectionPanelList(teamId, connectionId, "resellers"),
  streams: (teamId, connectionId) => listConnectionPanelList(teamId, connectionId, "streams"),
  servers: (teamId, connectionId) => listConnectionPanelList(teamId, connectionId, "servers"),
  admins: (teamId, connectionId) => listConnectionPanelList(teamId, connectionId, "admins"),
};

/** One panel's part of an IPTV list page (its refresh). `?fresh=1` asks the panel past the read cache. */
export const GET = defineRead({
  name: "iptv.list",
  params: z.object({ connectionId: connectionIdSchema, list: lists }),
  query: z.object({ fresh: z.literal("1").optional() }),
  run: ({ params, query }, { team }) => readers[params.list](team.id, params.connectionId, query.fresh === "1"),
});
