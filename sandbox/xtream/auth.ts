import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import ipaddr from "ipaddr.js";

import type { SandboxEnv } from "../core/faults";
import { fail, messages, type ApiAnswer } from "./messages";
import type { XtreamState } from "./types";

/** The caller's address as the panel sees it (REMOTE_ADDR); IPv4-mapped IPv6 is shown as plain IPv4. */
export function callerAddress(c: Context<SandboxEnv>): string {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    // app.request() in-process has no socket: it can only come from this machine.
    address = "127.0.0.1";
  }
  if (!address) return "127.0.0.1";
  try {
    const parsed = ipaddr.parse(address);
    return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address().toString() : parsed.toString();
  } catch {
    return address;
  }
}

function normalise(address: string): string {
  try {
    return ipaddr.process(address).toString();
  } catch {
    return address;
  }
}

/** Whitelist first, then the key (an expired-credentials fault is answered like a revoked key). */
export function checkAccess(state: XtreamState, caller: string, apiKey: string | undefined, forceExpired: boolean): ApiAnswer | undefined {
  const whitelisted = state.whitelist.some((entry) => normalise(entry) === normalise(caller));
  if (!whitelisted) return fail(messages.notWhitelisted);
  if (forceExpired || apiKey === undefined || apiKey !== state.apiKey) return fail(messages.invalidApiKey);
  return undefined;
}
