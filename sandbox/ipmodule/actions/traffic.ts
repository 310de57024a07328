import { invalidRequest, IpModuleError } from "../api-error";
import { optionalInt, optionalParam, optionalSwitch } from "../params";
import { billedUntil, formatDate, trafficPoints } from "../traffic";
import { ownedSubnet } from "./lookup";
import type { IpAction } from "./types";

const DEFAULT_PERIOD_SECONDS = 30 * 24 * 3600;
/** Below this many bytes in and out together, the collector reports nothing at all. */
const SIGNIFICANT_BYTES = 1_000_000;

const gigabytes = (bytes: number) => Math.round(bytes / 1e7) / 100;

/** get_traffic: summary=1 → in/out in GB; otherwise hourly points in bytes, with the GB totals alongside. */
export const getTraffic: IpAction = ({ state, account, params }) => {
  const ip = optionalParam(params, "ip");
  ownedSubnet(state, account, params, ip);
  const address = ip ?? "";
  const now = Math.floor(Date.now() / 1000);
  const stop = optionalInt(params, "period_stop", "get_traffic") ?? now;
  const start = optionalInt(params, "period_start", "get_traffic") ?? stop - DEFAULT_PERIOD_SECONDS;
  if (start > stop) throw invalidRequest("get_traffic");
  const summary = optionalSwitch(params, "summary", "get_traffic") === 1;
  const unbilled = optionalSwitch(params, "unbilled", "get_traffic") === 1;

  const from = unbilled ? Math.max(start, billedUntil(now)) : start;
  const points = trafficPoints(address, state.trafficProfiles.get(address), from, stop, now);
  const totalIn = points.reduce((sum, point) => sum + point.in, 0);
  const totalOut = points.reduce((sum, point) => sum + point.out, 0);
  if (totalIn + totalOut < SIGNIFICANT_BYTES) {
    const message = `no significant traffic detected for ${address} in the period ${formatDate(from)} - ${formatDate(stop)}`;
    throw new IpModuleError(message, true);
  }
  const totals = { result: "OK", ip: address, period_start: from, period_stop: stop, in: gigabytes(totalIn), out: gigabytes(totalOut) };
  return summary ? totals : { ...totals, data: points };
};
