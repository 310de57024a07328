import type { Context } from "hono";

import type { SandboxEnv } from "../../core/faults";
import type { X4bArgs } from "../args";
import type { X4bAccount, X4bState } from "../state";

export interface X4bPublicCall {
  c: Context<SandboxEnv>;
  args: X4bArgs;
  state: X4bState;
}

export interface X4bCall extends X4bPublicCall {
  account: X4bAccount;
}

/** `public` methods answer without a session or HOST_KEY (only User/login). */
export type X4bMethod = { public: true; handle(call: X4bPublicCall): unknown } | { public?: false; handle(call: X4bCall): unknown };

/** Methods of one module, keyed by lower-case name (PHP method names are case-insensitive). */
export type X4bModule = Record<string, X4bMethod>;
