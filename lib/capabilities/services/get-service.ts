import "server-only";

import { getTime4vpsService } from "./load-time4vps";
import { getXsserverService } from "./load-xsserver";
import { withServiceClient } from "./open-service-client";
import type { ServiceDetail } from "./types";

/** One service of one of the team's connections (team-scoped), with what the detail page may offer. */
export function getServiceDetail(teamId: string, connectionId: string, serviceId: string): Promise<ServiceDetail> {
  return withServiceClient(teamId, connectionId, async ({ service, rowContext }) =>
    service.kind === "time4vps"
      ? getTime4vpsService(service.client, rowContext, serviceId)
      : getXsserverService(service.client, rowContext, serviceId),
  );
}
