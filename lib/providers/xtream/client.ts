import type { ConnectionContext } from "../core/types";
import { administratorMethods } from "./api/administrators";
import { lineMethods } from "./api/lines";
import { magMethods } from "./api/mag";
import { resellerMethods } from "./api/resellers";
import { serverMethods } from "./api/servers";
import { streamMethods } from "./api/streams";
import type { XtreamCredentials } from "./credentials";
import { createPanelCaller } from "./request";

/**
 * One typed method per method of the Xtream-UI Server API (see methods.ts). The panel has no session: every call
 * carries the key, so there is nothing to cache or renew.
 */
export function createXtreamClient(context: ConnectionContext<XtreamCredentials>) {
  const call = createPanelCaller(context);
  return {
    ...lineMethods(call),
    ...magMethods(call),
    ...administratorMethods(call),
    ...serverMethods(call),
    ...streamMethods(call),
    ...resellerMethods(call),
  };
}

export type XtreamClient = ReturnType<typeof createXtreamClient>;
