import "server-only";

import { readAcross, withAdapter, type StartedRead } from "../core/connections";
import { requireRead } from "../core/require-feature";
import type { AddonsInfo } from "./adapter";
import type { ConnectionServices, PduPort, ServiceDetail, ServiceIp, UpgradeOptions, VpnInfo } from "./types";

/** Every connection's services list, started at once; the page streams each as it settles. */
export function startServiceLists(teamId: string): Promise<StartedRead<ConnectionServices>[]> {
  return readAcross(teamId, "services", (adapter) => adapter.list());
}

/** One connection's services (the list's refresh). */
export function listConnectionServices(teamId: string, connectionId: string): Promise<ConnectionServices> {
  return withAdapter(teamId, connectionId, "services", (adapter) => adapter.list());
}

/** One service of one of the team's connections, with what the detail page may offer. */
export function getServiceDetail(teamId: string, connectionId: string, serviceId: string): Promise<ServiceDetail> {
  return withAdapter(teamId, connectionId, "services", (adapter) => adapter.get(serviceId));
}

// The detail page's sections, each read on its own so one failing call only empties its own section.

export function getUpgradeOptions(teamId: string, connectionId: string, serviceId: string): Promise<UpgradeOptions> {
  return withAdapter(teamId, connectionId, "services", (adapter) => requireRead(adapter.upgradeOptions, "Upgrade options")(serviceId));
}

export function listServiceAddons(teamId: string, connectionId: string, serviceId: string): Promise<AddonsInfo> {
  return withAdapter(teamId, connectionId, "services", (adapter) => requireRead(adapter.addons, "Addons")(serviceId));
}

export function listServiceIps(teamId: string, connectionId: string, serviceId: string): Promise<ServiceIp[]> {
  return withAdapter(teamId, connectionId, "services", (adapter) => adapter.ips(serviceId));
}

export function listPduPorts(teamId: string, connectionId: string, serviceId: string): Promise<PduPort[]> {
  return withAdapter(teamId, connectionId, "services", (adapter) => requireRead(adapter.pduPorts, "PDU ports")(serviceId));
}

export function getVpnInfo(teamId: string, connectionId: string, serviceId: string): Promise<VpnInfo> {
  return withAdapter(teamId, connectionId, "services", (adapter) => requireRead(adapter.vpn, "VPN details")(serviceId));
}
