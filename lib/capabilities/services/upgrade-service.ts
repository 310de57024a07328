import "server-only";

import { ActionError } from "@/lib/actions/result";

import { time4vpsUpgradeEstimate } from "./map-time4vps";
import { withServiceClient } from "./open-service-client";
import type { ChangeOutcome } from "./set-service-label";
import type { UpgradeEstimate } from "./types";

export interface UpgradeChoice {
  connectionId: string;
  serviceId: string;
  resources: Record<string, string>;
  packageId?: string;
}

/**
 * `send: false` asks the provider for the price of the change only; `send: true` places the upgrade order
 * (Time4VPS applies it at once and issues an invoice).
 */
export function upgradeService(teamId: string, choice: UpgradeChoice, send: boolean): Promise<ChangeOutcome<UpgradeEstimate>> {
  return withServiceClient(teamId, choice.connectionId, async ({ service, connection }) => {
    if (service.kind !== "time4vps") throw new ActionError("invalid-input", `${connection.label} offers no upgrades through its API.`);
    const answer = await service.client.requestUpgrade({
      id: choice.serviceId,
      ...(Object.keys(choice.resources).length > 0 ? { resources: choice.resources } : {}),
      ...(choice.packageId ? { package: choice.packageId } : {}),
      send,
    });
    return { connection, value: time4vpsUpgradeEstimate(answer) };
  });
}
