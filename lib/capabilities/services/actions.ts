"use server";

import { teamAction } from "@/lib/actions/define-action";

import { cancelService, orderServiceAddon, setPduPower, setServiceLabel, upgradeService } from "./change-service";
import { cancelInput, orderAddonInput, pduPowerInput, setLabelInput, upgradeInput } from "./schemas";

export const setServiceLabelAction = teamAction({
  name: "services.label",
  permission: "resources:change",
  input: setLabelInput,
  async run(input, { team, audit }) {
    audit.target = `service ${input.serviceId} label → ${input.label || "(cleared)"}`;
    const { connection, value } = await setServiceLabel(team.id, input);
    audit.connection = connection;
    return value;
  },
});

/** Asks the provider for the price only; nothing changes, so it is neither idempotent-keyed nor audited. */
export const estimateUpgradeAction = teamAction({
  name: "services.upgrade-estimate",
  permission: "resources:change",
  mutation: false,
  input: upgradeInput,
  async run(input, { team }) {
    return (await upgradeService(team.id, input, false)).value;
  },
});

export const requestUpgradeAction = teamAction({
  name: "services.upgrade",
  permission: "resources:change",
  input: upgradeInput,
  async run(input, { team, audit }) {
    audit.target = `service ${input.serviceId}`;
    audit.details = { packageId: input.packageId ?? null, resources: input.resources };
    const { connection, value } = await upgradeService(team.id, input, true);
    audit.connection = connection;
    audit.message = value.invoiceId ? `invoice ${value.invoiceId}` : undefined;
    return value;
  },
});

export const cancelServiceAction = teamAction({
  name: "services.cancel",
  permission: "resources:destroy",
  input: cancelInput,
  async run(input, { team, audit }) {
    audit.target = `service ${input.serviceId} (${input.expected})`;
    audit.details = { immediate: input.immediate };
    const { connection, value } = await cancelService(team.id, input);
    audit.connection = connection;
    return value;
  },
});

export const orderAddonAction = teamAction({
  name: "services.addon-order",
  permission: "resources:change",
  input: orderAddonInput,
  async run(input, { team, audit }) {
    audit.target = `service ${input.serviceId} addon ${input.addonId}`;
    const { connection, value } = await orderServiceAddon(team.id, input);
    audit.connection = connection;
    return value;
  },
});

export const setPduPowerAction = teamAction({
  name: "services.pdu-power",
  permission: "resources:change",
  input: pduPowerInput,
  async run(input, { team, audit }) {
    audit.target = `service ${input.serviceId} PDU port ${input.portId} → ${input.power ? "on" : "off"}`;
    const { connection, value } = await setPduPower(team.id, input);
    audit.connection = connection;
    return value;
  },
});
