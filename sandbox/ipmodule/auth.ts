import type { Context } from "hono";

import type { SandboxEnv } from "../core/faults";
import { IpModuleError } from "./api-error";
import { optionalParam, type IpParams } from "./params";
import type { IpAccount, IpState } from "./state";

/** No token: "authentication required"; an unknown or expired one: "invalid token". */
export function authenticate(c: Context<SandboxEnv>, params: IpParams, state: IpState): IpAccount {
  const token = optionalParam(params, "token");
  if (token === undefined) throw new IpModuleError("authentication required");
  const account = state.accounts.find((candidate) => candidate.token === token);
  if (!account || c.get("forceExpiredCredentials")) throw new IpModuleError("invalid token");
  return account;
}
