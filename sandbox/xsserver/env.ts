import type { SandboxEnv } from "../core/faults";

/** Request parameters merged from the query string and the body (JSON or form), as HostBill's router reads them. */
export type Params = Record<string, unknown>;

export interface XsserverVariables {
  params: Params;
  clientId: string;
  /** Set when the call was authenticated with an access token rather than HTTP Basic. */
  accessJti?: string;
}

export type XsserverEnv = { Variables: SandboxEnv["Variables"] & XsserverVariables };
