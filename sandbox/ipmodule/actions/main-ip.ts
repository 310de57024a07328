import { IpModuleError } from "../api-error";
import { optionalParam, optionalSwitch, requiredInt, requiredParam } from "../params";
import { serverHolding } from "./lookup";
import type { IpAction } from "./types";

/** set_main: main=1 (default) makes the address the main IPv4, main=0 the IPMI address; `description` is kept. */
export const setMain: IpAction = ({ state, account, params }) => {
  const id = requiredInt(params, "id", "set_main");
  const ip = requiredParam(params, "ip", "set_main");
  const main = optionalSwitch(params, "main", "set_main") ?? 1;
  const server = serverHolding(state, account, id, ip);
  if (!server) throw new IpModuleError("invalid request (ID or IP mismatch)");
  if (main === 1) server.mainIp = ip;
  else server.ipmiIp = ip;
  const description = optionalParam(params, "description");
  if (description !== undefined) {
    const record = state.records.get(ip) ?? { ptr: "", description: "" };
    state.records.set(ip, { ...record, description });
  }
  return { result: "OK", id, ip, main };
};
