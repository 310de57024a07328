import type { Context } from "hono";

import type { SandboxEnv } from "../core/faults";
import { getClientIp, getIp } from "./actions/address";
import { listFreeIp } from "./actions/free-ip";
import { setMain } from "./actions/main-ip";
import { getPtr, updatePtr } from "./actions/ptr";
import { getTraffic } from "./actions/traffic";
import type { IpAction } from "./actions/types";
import { IpModuleError } from "./api-error";
import { authenticate } from "./auth";
import { optionalParam, readParams } from "./params";
import type { IpState } from "./state";

const actions: Record<string, IpAction> = {
  get_client_ip: getClientIp,
  get_ip: getIp,
  get_ptr: getPtr,
  get_traffic: getTraffic,
  list_free_ip: listFreeIp,
  set_main: setMain,
  update_ptr: updatePtr,
};

/**
 * One ip.php request. The action comes from the path (`/ip.php/get_ip`, `/ip/get_ip`) or the `action` parameter;
 * GET and POST are read together as PHP's $_REQUEST. Failures answer HTTP 200 with `{code: -1, message}`.
 */
export async function dispatch(c: Context<SandboxEnv>, state: IpState, pathAction?: string): Promise<Response> {
  try {
    const params = await readParams(c);
    const account = authenticate(c, params, state);
    const name = (pathAction ?? optionalParam(params, "action") ?? "").toLowerCase();
    const action = actions[name];
    if (!action) throw new IpModuleError(name === "" ? "ip: action required" : `ip/${name}: unknown action`);
    return c.json(action({ c, params, state, account }), 200);
  } catch (error) {
    if (!(error instanceof IpModuleError)) throw error;
    return c.json(error.toBody(), 200);
  }
}
