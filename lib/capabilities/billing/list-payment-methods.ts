import "server-only";

import { fanOutConnections, type PerConnection } from "../core/connections";
import { hostbillClientFor } from "./hostbill-clients";
import { mapPaymentFees } from "./map-hostbill";
import type { PaymentMethod } from "./types";

/** Payment methods with their fees. Only Time4VPS documents them (`GET /payment/fees`); XSServer's API has none. */
export async function listPaymentMethods(teamId: string): Promise<PerConnection<PaymentMethod[]>[]> {
  return fanOutConnections(
    teamId,
    "billing",
    async (opened) => {
      const hostbill = hostbillClientFor(opened);
      if (hostbill.kind !== "time4vps") return [];
      return mapPaymentFees(await hostbill.client.listPaymentFees());
    },
    { kinds: ["time4vps"] },
  );
}
