import "server-only";

import { ActionError } from "@/lib/actions/result";

import { withServiceClient } from "./open-service-client";
import type { ChangeOutcome } from "./set-service-label";

/** Orders an addon for a Time4VPS service; the provider answers with the new addon's id (status Pending). */
export function orderServiceAddon(teamId: string, input: { connectionId: string; serviceId: string; addonId: string }): Promise<ChangeOutcome<{ id: string }>> {
  return withServiceClient(teamId, input.connectionId, async ({ service, connection }) => {
    if (service.kind !== "time4vps") throw new ActionError("invalid-input", `${connection.label} offers no addons through its API.`);
    const answer = await service.client.orderAddon({ id: input.serviceId, addon_id: input.addonId });
    return { connection, value: { id: answer.id } };
  });
}
