import type { Context } from "hono";

import type { SandboxEnv } from "../../core/faults";
import type { IpParams } from "../params";
import type { IpAccount, IpState } from "../state";

export interface IpCall {
  c: Context<SandboxEnv>;
  params: IpParams;
  state: IpState;
  account: IpAccount;
}

export type IpAction = (call: IpCall) => Record<string, unknown>;
