import { IpModuleError } from "../api-error";
import { contains, isIpv4 } from "../ipv4";
import { optionalParam, type IpParams } from "../params";
import type { IpAccount, IpServer, IpState, IpSubnet } from "../state";

export function subnetOf(state: IpState, ip: string): IpSubnet | undefined {
  return state.subnets.find((subnet) => contains(subnet, ip));
}

/**
 * The caller's subnet holding `ip`. Anything else (bad syntax, someone else's address, an address HOSTKEY does not
 * route) gets the provider's one answer, which names the token it was asked with.
 */
export function ownedSubnet(state: IpState, account: IpAccount, params: IpParams, ip: string | undefined): IpSubnet {
  const subnet = ip !== undefined && isIpv4(ip) ? subnetOf(state, ip) : undefined;
  if (!subnet || subnet.ownerId !== account.id) {
    throw new IpModuleError(`malformed IP=${ip ?? ""} for token ${optionalParam(params, "token") ?? ""}`);
  }
  return subnet;
}

/** The caller's server `id` when `ip` is assigned to it. */
export function serverHolding(state: IpState, account: IpAccount, id: number, ip: string): IpServer | undefined {
  return state.servers.find((server) => server.id === id && server.ownerId === account.id && server.ips.includes(ip));
}

export function serverOf(state: IpState, ip: string): IpServer | undefined {
  return state.servers.find((server) => server.ips.includes(ip));
}

/** A `location` parameter, when given, must name the address's location. */
export function locationMatches(params: IpParams, subnet: IpSubnet | undefined): boolean {
  const location = optionalParam(params, "location");
  return location === undefined || location.toUpperCase() === subnet?.location;
}
