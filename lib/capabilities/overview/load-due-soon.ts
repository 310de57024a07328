import "server-only";

import { createTime4vpsClient, type Time4vpsCredentials } from "../../providers/hostbill/time4vps-client";
import type { ConnectionContext } from "../../providers/core/types";
import { todayYmd } from "../billing/invoice-rules";
import { fanOutConnections, type PerConnection } from "../core/connections";
import { dueWithin, type DueItem } from "./due-soon";
import { shortCached } from "./short-cache";

/** Time4VPS services (`GET /service`) and SSL certificates (`GET /certificate`) due within 30 days. */
export async function loadDueSoon(teamId: string): Promise<PerConnection<DueItem[]>[]> {
  const today = todayYmd();
  // Renewal dates change rarely: a minute old is fresh enough for the overview.
  return shortCached(`due-soon:${teamId}:${today}`, 60_000, () =>
    fanOutConnections(
      teamId,
      "services",
      async (opened) => {
        const client = createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>);
        const [services, certificates] = await Promise.all([client.listServices(), client.listCertificates()]);
        return dueWithin(opened.connection, services, certificates, today);
      },
      { kinds: ["time4vps"] },
    ),
  );
}
