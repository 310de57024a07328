import "server-only";

import { notFound } from "@/lib/actions/result";

import { getTime4vpsAddons, getTime4vpsIps, getTime4vpsUpgradeOptions, getTime4vpsVpn, type AddonsInfo } from "./load-time4vps";
import { getXsserverIps, getXsserverPduPorts } from "./load-xsserver";
import { withServiceClient } from "./open-service-client";
import type { PduPort, ServiceIp, UpgradeOptions, VpnInfo } from "./types";

/** The detail page's sections, each read on its own so one failing call only empties its own section. */

export function getUpgradeOptions(teamId: string, connectionId: string, serviceId: string): Promise<UpgradeOptions> {
  return withServiceClient(teamId, connectionId, async ({ service }) => {
    if (service.kind !== "time4vps") throw notFound("Upgrade options");
    return getTime4vpsUpgradeOptions(service.client, serviceId);
  });
}

export function listServiceAddons(teamId: string, connectionId: string, serviceId: string): Promise<AddonsInfo> {
  return withServiceClient(teamId, connectionId, async ({ service }) => {
    if (service.kind !== "time4vps") throw notFound("Addons");
    return getTime4vpsAddons(service.client, connectionId, serviceId);
  });
}

export function listServiceIps(teamId: string, connectionId: string, serviceId: string): Promise<ServiceIp[]> {
  return withServiceClient(teamId, connectionId, async ({ service }) =>
    service.kind === "time4vps" ? getTime4vpsIps(service.client, connectionId, serviceId) : getXsserverIps(service.client, connectionId, serviceId),
  );
}

export function listPduPorts(teamId: string, connectionId: string, serviceId: string): Promise<PduPort[]> {
  return withServiceClient(teamId, connectionId, async ({ service }) => {
    if (service.kind !== "xsserver") throw notFound("PDU ports");
    return getXsserverPduPorts(service.client, serviceId);
  });
}

export function getVpnInfo(teamId: string, connectionId: string, serviceId: string): Promise<VpnInfo> {
  return withServiceClient(teamId, connectionId, async ({ service }) => {
    if (service.kind !== "time4vps") throw notFound("VPN details");
    return getTime4vpsVpn(service.client, serviceId);
  });
}
