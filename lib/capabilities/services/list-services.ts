import "server-only";

import { capableConnections, type ConnectionRef } from "@/lib/capabilities/core/connections";

import { listTime4vpsServices } from "./load-time4vps";
import { listXsserverServices } from "./load-xsserver";
import { withServiceClient } from "./open-service-client";
import { serviceKinds, type ConnectionServices } from "./types";

/** The team's connections whose services this area lists (X4B leases belong to Proxies). */
export function serviceConnections(teamId: string): Promise<ConnectionRef[]> {
  return capableConnections(teamId, "services", serviceKinds);
}

/** One connection's services; each connection is fetched on its own so a slow one never holds the others. */
export function listConnectionServices(teamId: string, connectionId: string): Promise<ConnectionServices> {
  return withServiceClient(teamId, connectionId, async ({ service, rowContext }) =>
    service.kind === "time4vps" ? listTime4vpsServices(service.client, rowContext) : listXsserverServices(service.client, rowContext),
  );
}
