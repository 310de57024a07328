import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { listConnectionRdns } from "@/lib/capabilities/rdns/read-rdns";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** The addresses of one connection whose PTR the console can change, with their PTRs: the Reverse DNS list's refresh. */
export const GET = defineRead({
  name: "rdns.list",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => listConnectionRdns(team.id, params.connectionId),
});
