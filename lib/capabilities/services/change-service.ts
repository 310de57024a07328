import "server-only";

import { fieldError } from "../../errors/app-error";
import type { ConnectionRef } from "../../providers/core/types";
import { withAdapter } from "../core/connections";
import { requireChange } from "../core/require-feature";
import type { UpgradeChoice } from "./adapter";
import type { PduPort, UpgradeEstimate } from "./types";

export interface ChangeOutcome<T> {
  connection: ConnectionRef;
  value: T;
}

interface ServiceTarget {
  connectionId: string;
  serviceId: string;
}

/** An empty label clears it. */
export function setServiceLabel(teamId: string, input: ServiceTarget & { label: string }): Promise<ChangeOutcome<{ label: string }>> {
  return withAdapter(teamId, input.connectionId, "services", async (adapter, connection) => {
    await requireChange(adapter.setLabel, connection, "has no label for services")(input.serviceId, input.label);
    return { connection, value: { label: input.label } };
  });
}

/**
 * `send: false` asks the provider for the price of the change only; `send: true` places the upgrade order
 * (Time4VPS applies it at once and issues an invoice).
 */
export function upgradeService(teamId: string, choice: UpgradeChoice & { connectionId: string }, send: boolean): Promise<ChangeOutcome<UpgradeEstimate>> {
  return withAdapter(teamId, choice.connectionId, "services", async (adapter, connection) => ({
    connection,
    value: await requireChange(adapter.upgrade, connection, "offers no upgrades through its API")(choice, send),
  }));
}

/** The text a cancellation must be confirmed with: the label, else the domain, else the product name. */
export function cancelConfirmText(service: { label?: string | null; domain?: string | null; name: string }): string {
  return service.label?.trim() || service.domain?.trim() || service.name;
}

/**
 * Sends a cancellation request. The confirmation is checked against the service as the provider describes it
 * now, so a stale page cannot cancel a renamed service.
 */
export function cancelService(
  teamId: string,
  request: ServiceTarget & { immediate: boolean; reason: string; expected: string },
): Promise<ChangeOutcome<{ immediate: boolean }>> {
  return withAdapter(teamId, request.connectionId, "services", async (adapter, connection) => {
    const cancel = requireChange(adapter.cancel, connection, "does not accept cancellations through its API");
    const current = await adapter.get(request.serviceId);
    if (current.confirmText !== request.expected)
      throw fieldError("confirm", "The service's label changed since the page loaded; reload and type the new label.");
    await cancel({ serviceId: request.serviceId, immediate: request.immediate, reason: request.reason });
    return { connection, value: { immediate: request.immediate } };
  });
}

/** The provider answers with the new addon's id (status Pending). */
export function orderServiceAddon(teamId: string, input: ServiceTarget & { addonId: string }): Promise<ChangeOutcome<{ id: string }>> {
  return withAdapter(teamId, input.connectionId, "services", async (adapter, connection) => ({
    connection,
    value: await requireChange(adapter.orderAddon, connection, "offers no addons through its API")(input.serviceId, input.addonId),
  }));
}

/** Switches one PDU outlet feeding a service on or off. */
export function setPduPower(teamId: string, input: ServiceTarget & { portId: string; power: boolean }): Promise<ChangeOutcome<PduPort | null>> {
  return withAdapter(teamId, input.connectionId, "services", async (adapter, connection) => ({
    connection,
    value: await requireChange(adapter.setPduPower, connection, "has no PDU ports")(input.serviceId, input.portId, input.power),
  }));
}
