import { parseInput } from "../core/input";
import { parseProviderData } from "../core/parse";
import type { ConnectionContext } from "../core/types";
import { createIpmoduleCaller } from "./caller";
import type { IpmoduleCredentials } from "./definition";
import {
  clientIpSchema,
  freeIpListSchema,
  getIpInput,
  getPtrInput,
  getTrafficInput,
  ipInfoSchema,
  listFreeIpInput,
  ptrSchema,
  setMainInput,
  setMainSchema,
  trafficDetailSchema,
  trafficSummarySchema,
  updatePtrInput,
  type GetIpInput,
  type GetPtrInput,
  type GetTrafficInput,
  type ListFreeIpInput,
  type SetMainInput,
  type TrafficDetail,
  type TrafficSummary,
  type UpdatePtrInput,
} from "./schemas";

/** Every action is POSTed (GET only where the table allows nothing else), so the token stays out of URLs. */
const read = { idempotent: true, method: "POST" } as const;
const readByGet = { idempotent: true, method: "GET" } as const;
const change = { idempotent: false, method: "POST" } as const;
const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

/** One typed function per ip.php action (see methods.ts and README.md). */
export function createIpmoduleClient(context: ConnectionContext<IpmoduleCredentials>) {
  const call = createIpmoduleCaller(context);

  async function getTraffic(input: GetTrafficInput & { summary: true }): Promise<TrafficSummary>;
  async function getTraffic(input: GetTrafficInput & { summary?: false }): Promise<TrafficDetail>;
  async function getTraffic(input: GetTrafficInput): Promise<TrafficSummary | TrafficDetail>;
  async function getTraffic(input: GetTrafficInput): Promise<TrafficSummary | TrafficDetail> {
    const { ip, periodStart, periodStop, summary, unbilled } = parseInput(getTrafficInput, input);
    const data = await call("get_traffic", { ip, period_start: periodStart, period_stop: periodStop, summary: flag(summary), unbilled: flag(unbilled) }, read);
    return summary
      ? parseProviderData(trafficSummarySchema, data, "ip.php traffic summary")
      : parseProviderData(trafficDetailSchema, data, "ip.php traffic detail");
  }

  return {
    /** get_client_ip: the address ip.php sees Hostdeck calling from. */
    async getClientIp() {
      return parseProviderData(clientIpSchema, await call("get_client_ip", {}, readByGet), "ip.php client IP");
    },

    /** get_ip: network configuration of one of the account's addresses. */
    async getIp(input: GetIpInput) {
      const { ip } = parseInput(getIpInput, input);
      return parseProviderData(ipInfoSchema, await call("get_ip", { ip }, read), "ip.php IP information");
    },

    /** get_ptr: the reverse record of an address assigned to the server `id`. */
    async getPtr(input: GetPtrInput) {
      const { id, ip, location } = parseInput(getPtrInput, input);
      return parseProviderData(ptrSchema, await call("get_ptr", { id, ip, location }, read), "ip.php PTR record");
    },

    /** get_traffic: summary (GB in/out) or detailed points (bytes per interval). */
    getTraffic,

    /** list_free_ip: unused IPv4 addresses in a location, within the account's own subnets. */
    async listFreeIp(input: ListFreeIpInput) {
      const { location, excludeSpecial, id } = parseInput(listFreeIpInput, input);
      const data = await call("list_free_ip", { location, exclude_special: flag(excludeSpecial), id }, read);
      return parseProviderData(freeIpListSchema, data, "ip.php free IP list");
    },

    /** set_main: makes an address the server's main IPv4 (main=1) or its IPMI address (main=0). */
    async setMain(input: SetMainInput) {
      const { id, ip, main, description } = parseInput(setMainInput, input);
      return parseProviderData(setMainSchema, await call("set_main", { id, ip, main, description }, change), "ip.php set_main answer");
    },

    /** update_ptr: sets (or, without `ptr`, clears) the reverse record of an address of the server `id`. */
    async updatePtr(input: UpdatePtrInput) {
      const { id, ip, ptr, location } = parseInput(updatePtrInput, input);
      const value = ptr === undefined ? undefined : Array.isArray(ptr) ? ptr.join("\n") : ptr;
      return parseProviderData(ptrSchema, await call("update_ptr", { id, ip, ptr: value, location }, change), "ip.php PTR record");
    },
  };
}

export type IpmoduleClient = ReturnType<typeof createIpmoduleClient>;
