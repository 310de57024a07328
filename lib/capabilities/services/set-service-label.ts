import "server-only";

import { ActionError } from "@/lib/actions/result";

import { labelKey } from "./load-time4vps";
import { forget } from "./memo";
import { withServiceClient } from "./open-service-client";

export interface ChangeOutcome<T> {
  connection: { id: string; label: string };
  value: T;
}

/** Time4VPS only: XSServer has no label call. An empty label clears it. */
export function setServiceLabel(teamId: string, input: { connectionId: string; serviceId: string; label: string }): Promise<ChangeOutcome<{ label: string }>> {
  return withServiceClient(teamId, input.connectionId, async ({ service, connection }) => {
    if (service.kind !== "time4vps") throw new ActionError("invalid-input", `${connection.label} has no label for services.`);
    await service.client.setServiceLabel({ id: input.serviceId, label: input.label });
    forget(labelKey(connection.id, input.serviceId));
    return { connection, value: { label: input.label } };
  });
}
