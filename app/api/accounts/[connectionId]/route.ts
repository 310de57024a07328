import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { readConnectionAccount } from "@/lib/capabilities/accounts/read-accounts";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** One connection's account details, contacts and notifications: the Provider accounts page's refresh. */
export const GET = defineRead({
  name: "accounts.connection",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => readConnectionAccount(team.id, params.connectionId),
});
