import "server-only";

import { ActionError, fieldError } from "@/lib/actions/result";

import { withServiceClient } from "./open-service-client";
import type { ChangeOutcome } from "./set-service-label";

export interface CancelRequest {
  connectionId: string;
  serviceId: string;
  immediate: boolean;
  reason: string;
  /** The text the admin typed, already equal to what the page showed (checked by the schema). */
  expected: string;
}

/** The text a cancellation must be confirmed with: the label, else the domain, else the product name. */
export function cancelConfirmText(service: { label?: string | null; domain?: string | null; name: string }): string {
  return service.label?.trim() || service.domain?.trim() || service.name;
}

/**
 * Sends a cancellation request (Time4VPS; XSServer's API has none). The confirmation is checked against the
 * service as the provider describes it now, so a stale page cannot cancel a renamed service.
 */
export function cancelService(teamId: string, request: CancelRequest): Promise<ChangeOutcome<{ immediate: boolean }>> {
  return withServiceClient(teamId, request.connectionId, async ({ service, connection }) => {
    if (service.kind !== "time4vps") throw new ActionError("invalid-input", `${connection.label} does not accept cancellations through its API.`);
    const current = await service.client.getService({ id: request.serviceId });
    if (cancelConfirmText(current) !== request.expected) {
      throw fieldError("confirm", "The service's label changed since the page loaded; reload and type the new label.");
    }
    await service.client.cancelService({ id: request.serviceId, immediate: request.immediate, reason: request.reason });
    return { connection, value: { immediate: request.immediate } };
  });
}
