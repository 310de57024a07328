import { z } from "zod";

import { defineRead } from "@/lib/actions/define-read";
import { readConnectionBilling } from "@/lib/capabilities/billing/read-billing";
import { connectionIdSchema } from "@/lib/connections/connection-id";

/** One connection's balance, invoices and payment methods: the Billing page's refresh. */
export const GET = defineRead({
  name: "billing.connection",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => readConnectionBilling(team.id, params.connectionId),
});
