import type { Context } from "hono";

import type { SandboxEnv } from "../core/faults";
import { getClientIp, getIp } from "./actions/address";
import { listFreeIp } from "./actions/free-ip";
import { setMain } from "./actions/main-ip";
import { getPtr, updatePtr } from "./actions/ptr";
import { getTraffic } from "./actions/traffic";
import type { IpAction } from "./actions/types";
import { invalidRequest, IpModuleError } from "./api-error";
import { authenticate } from "./auth";
import { optionalParam, readParams } from "./params";
import type { IpState } from "./state";

/** Each action with the HTTP methods its table gives ("HTTP-method: GET", "POST", "POST|GET"). */
const actions: Record<string, { run: IpAction; methods: readonly string[] }> = {
  get_client_ip: { run: getClientIp, methods: ["GET"] },
  get_ip: { run: getIp, methods: ["POST"] },
  get_ptr: { run: getPtr, methods: ["POST", "GET"] },
  get_traffic: { run: getTraffic, methods: ["POST", "GET"] },
  list_free_ip: { run: listFreeIp, methods: ["POST", "GET"] },
  set_main: { run: setMain, methods: ["POST"] },
  update_ptr: { run: updatePtr, methods: ["POST"] },
};

/**
 * One ip.php request. The action comes from the path (`/ip.php/get_ip`, `/ip/get_ip`) or the `action` parameter;
 * GET and POST are read together as PHP's $_REQUEST. An action called with a method its table does not give is
 * `ip/<action>: invalid request`. Failures answer HTTP 200 with `{code: -1, message}`.
 */
export async function dispatch(c: Context<SandboxEnv>, state: IpState, pathAction?: string): Promise<Response> {
  try {
    const params = await readParams(c);
    const account = authenticate(c, params, state);
    const name = (pathAction ?? optionalParam(params, "action") ?? "").toLowerCase();
    const action = Object.hasOwn(actions, name) ? actions[name] : undefined;
    if (!action) throw new IpModuleError(name === "" ? "ip: action required" : `ip/${name}: unknown action`);
    if (!action.methods.includes(c.req.method.toUpperCase())) throw invalidRequest(name);
    return c.json(action.run({ c, params, state, account }), 200);
  } catch (error) {
    if (!(error instanceof IpModuleError)) throw error;
    return c.json(error.toBody(), 200);
  }
}
