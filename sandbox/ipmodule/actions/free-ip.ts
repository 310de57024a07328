import { invalidRequest, IpModuleError } from "../api-error";
import { fromInt, toInt } from "../ipv4";
import { optionalInt, optionalSwitch, requiredParam } from "../params";
import type { IpState, IpSubnet } from "../state";
import type { IpAction } from "./types";

const illegalSubnet = () => new IpModuleError("illegal IP subnet");

/** Addresses next to the gateway (the router pair) and the last usable one are reserved for network equipment. */
function specialAddresses(subnet: IpSubnet): Set<number> {
  const start = toInt(subnet.network);
  const broadcast = start + 2 ** (32 - subnet.prefix) - 1;
  return new Set([start + 2, start + 3, broadcast - 1]);
}

function freeIn(state: IpState, subnet: IpSubnet, excludeSpecial: boolean): string[] {
  const start = toInt(subnet.network);
  const broadcast = start + 2 ** (32 - subnet.prefix) - 1;
  const taken = new Set(state.servers.flatMap((server) => server.ips));
  const special = excludeSpecial ? specialAddresses(subnet) : new Set<number>();
  const free: string[] = [];
  for (let value = start + 1; value < broadcast; value += 1) {
    const ip = fromInt(value);
    if (ip !== subnet.gateway && !taken.has(ip) && !special.has(value)) free.push(ip);
  }
  return free;
}

/** list_free_ip: clients see only their own Route Reflector-tagged (public) subnets in the location. */
export const listFreeIp: IpAction = ({ state, account, params }) => {
  const location = requiredParam(params, "location", "list_free_ip").toUpperCase();
  if (!state.locations.some((candidate) => candidate.code === location)) throw invalidRequest("list_free_ip");
  const subnetId = optionalInt(params, "id", "list_free_ip");
  const excludeSpecial = optionalSwitch(params, "exclude_special", "list_free_ip") === 1;
  const subnets = state.subnets.filter(
    (subnet) =>
      subnet.ownerId === account.id && subnet.purpose === "public" && subnet.location === location && (subnetId === undefined || subnet.id === subnetId),
  );
  if (subnets.length === 0) throw illegalSubnet();
  return { result: "OK", location, ips: subnets.flatMap((subnet) => freeIn(state, subnet, excludeSpecial)) };
};
