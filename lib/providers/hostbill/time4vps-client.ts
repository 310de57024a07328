import type { ConnectionContext, TestConnectionResult } from "../core/types";
import { accountMethods } from "./time4vps-client/account";
import { billingMethods } from "./time4vps-client/billing";
import { cartMethods } from "./time4vps-client/cart";
import { certificateMethods } from "./time4vps-client/certificates";
import { dnsMethods } from "./time4vps-client/dns";
import { serverMethods } from "./time4vps-client/servers";
import { serviceMethods } from "./time4vps-client/services";
import { vpnMethods } from "./time4vps-client/vpn";
import { createHostbillCore, time4vpsPreset, type HostbillCredentials } from "./transport";

export type Time4vpsCredentials = Pick<HostbillCredentials, "username" | "password">;

/** One typed method per endpoint of the Time4VPS client API (see time4vps-methods.ts for the list). */
export function createTime4vpsClient(context: ConnectionContext<Time4vpsCredentials>) {
  const core = createHostbillCore({ ...context, credentials: { ...context.credentials, authMode: "basic" } }, time4vpsPreset);
  return {
    ...accountMethods(core),
    ...billingMethods(core),
    ...serviceMethods(core),
    ...cartMethods(core),
    ...dnsMethods(core),
    ...certificateMethods(core),
    ...serverMethods(core),
    ...vpnMethods(core),
  };
}

export type Time4vpsClient = ReturnType<typeof createTime4vpsClient>;

/** Cheapest authenticated read: the account details. */
export async function time4vpsTestConnection(context: ConnectionContext<Time4vpsCredentials>): Promise<TestConnectionResult> {
  const client = await createTime4vpsClient(context).getDetails();
  return { detail: `Signed in as ${client.email}` };
}
