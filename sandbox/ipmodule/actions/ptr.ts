import { invalidRequest, IpModuleError } from "../api-error";
import { optionalParam, requiredInt, requiredParam } from "../params";
import { locationMatches, serverHolding, subnetOf } from "./lookup";
import type { IpAction, IpCall } from "./types";

const label = "[a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?";
const fqdn = new RegExp(`^(?=.{1,253}$)(${label}\\.)+${label}$`);

/** The address must be assigned to the caller's server `id` (and be in `location`, when given). */
function assignedAddress({ state, account, params }: IpCall, action: string): string {
  const id = requiredInt(params, "id", action);
  const ip = requiredParam(params, "ip", action);
  if (!serverHolding(state, account, id, ip) || !locationMatches(params, subnetOf(state, ip))) throw invalidRequest(action);
  return ip;
}

/** get_ptr */
export const getPtr: IpAction = (call) => {
  const ip = assignedAddress(call, "get_ptr");
  return { result: "OK", ip, ptr: call.state.records.get(ip)?.ptr ?? "", location: subnetOf(call.state, ip)?.location };
};

/** update_ptr: several names may be sent newline-separated (%0A); no `ptr` clears the record. */
export const updatePtr: IpAction = (call) => {
  const ip = assignedAddress(call, "update_ptr");
  const names = (optionalParam(call.params, "ptr") ?? "")
    .split(/\r?\n/)
    .map((name) => name.trim().toLowerCase().replace(/\.$/, ""))
    .filter((name) => name !== "");
  const wrong = names.find((name) => !fqdn.test(name));
  if (wrong !== undefined) throw new IpModuleError(`invalid PTR value: ${wrong}`);
  const ptr = names.join("\n");
  const record = call.state.records.get(ip) ?? { ptr: "", description: "" };
  call.state.records.set(ip, { ...record, ptr });
  return { result: "OK", ip, ptr };
};
