import proxyAddr from "proxy-addr";

export const TRUSTED_PROXIES_ENV = "HOSTDECK_TRUSTED_PROXIES";

/** Whether the address at position `hop` (0 = the socket's peer, 1 = the next X-Forwarded-For entry leftwards…) is a proxy of ours. */
export type TrustProxy = (address: string, hop: number) => boolean;

export const trustNoProxy: TrustProxy = () => false;

/**
 * HOSTDECK_TRUSTED_PROXIES: unset or empty trusts no proxy (the socket's peer is the client); a number N trusts
 * the nearest N hops (N proxies in front of Hostdeck); otherwise a comma-separated list of addresses and CIDRs
 * (and proxy-addr's names `loopback`, `linklocal`, `uniquelocal`) whose hops are proxies.
 */
export function parseTrustedProxies(value: string | undefined): { trust: TrustProxy; problem?: string } {
  const text = value?.trim() ?? "";
  if (text === "") return { trust: trustNoProxy };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20)
      return { trust: trustNoProxy, problem: `${TRUSTED_PROXIES_ENV} must be a hop count from 0 to 20 or a list of addresses/CIDRs (got "${text}").` };
    return { trust: (_address, hop) => hop < hops };
  }
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return { trust: proxyAddr.compile(entries) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { trust: trustNoProxy, problem: `${TRUSTED_PROXIES_ENV} has an entry that is neither a hop count, an address nor a CIDR (${reason}).` };
  }
}
