import type { LookupAddress } from "node:dns";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";

import ipaddr from "ipaddr.js";
import { Agent, buildConnector } from "undici";

import { classifyAddress } from "./address-policy";
import { ALLOWED_HOSTS_ENV, allowedHostsFromEnv, isAllowListed, parseAllowList, type AllowList } from "./allow-list";
import { ProviderError } from "./errors";

export type HostLookup = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface GuardOptions {
  /** Entries that may reach private addresses (see allow-list.ts); defaults to HOSTDECK_ALLOWED_HOSTS. */
  allowedHosts?: readonly string[];
  /** Resolver override, e.g. for tests that simulate DNS rebinding. */
  lookup?: HostLookup;
}

interface GuardPolicy {
  allowList: AllowList;
  lookup: HostLookup;
}

const defaultLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true });

function policyFrom(options: GuardOptions): GuardPolicy {
  return {
    allowList: parseAllowList(options.allowedHosts ?? allowedHostsFromEnv()),
    lookup: options.lookup ?? defaultLookup,
  };
}

function defaultPort(protocol: string): number {
  return protocol === "https:" ? 443 : 80;
}

/**
 * Resolves a host once, checks every address it resolves to, and returns the address to connect to.
 * The caller must connect to exactly this address: resolving again would reopen the door to DNS rebinding.
 */
async function resolveCheckedAddress(hostname: string, port: number, policy: GuardPolicy): Promise<string> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await policy.lookup(host)).map((entry) => entry.address);
    } catch {
      throw new ProviderError("upstream-down", { providerMessage: `Could not resolve ${host}` });
    }
    if (addresses.length === 0) throw new ProviderError("upstream-down", { providerMessage: `Could not resolve ${host}` });
  }
  const checked: string[] = [];
  for (const address of addresses) {
    if (!ipaddr.isValid(address)) throw new ProviderError("blocked-address", { providerMessage: `${host} resolves to an unreadable address` });
    const verdict = classifyAddress(address);
    checked.push(verdict.ip.toString());
    if (verdict.kind === "never") {
      throw new ProviderError("blocked-address", {
        providerMessage: `${host} resolves to a metadata, link-local or non-unicast address, which is never allowed`,
      });
    }
    if (verdict.kind === "restricted" && !isAllowListed(policy.allowList, { hostname: host, port, ip: verdict.ip })) {
      throw new ProviderError("blocked-address", {
        providerMessage: `${host} resolves to a private or reserved address (not in ${ALLOWED_HOSTS_ENV})`,
      });
    }
  }
  // Every address passed; connect to the first (in its canonical spelling), as the resolver ordered them.
  return checked[0] as string;
}

/**
 * An undici dispatcher whose every new connection resolves, checks and pins the address it connects to.
 * TLS still verifies the certificate against the original host name (undici derives SNI from `host`).
 */
export function createGuardedAgent(options: GuardOptions = {}): Agent {
  const policy = policyFrom(options);
  const connect = buildConnector({});
  return new Agent({
    connect(connectOptions, callback) {
      const port = Number(connectOptions.port) || defaultPort(connectOptions.protocol);
      resolveCheckedAddress(connectOptions.hostname, port, policy).then(
        (address) => connect({ ...connectOptions, hostname: address }, callback),
        (error: Error) => callback(error, null),
      );
    },
  });
}

const sharedAgents = new Map<string, Agent>();

/** One agent per allow-list, so connections are pooled across transports; an injected resolver gets its own. */
export function guardedAgentFor(options: GuardOptions = {}): Agent {
  if (options.lookup) return createGuardedAgent(options);
  const allowedHosts = options.allowedHosts ?? allowedHostsFromEnv();
  const key = [...allowedHosts].sort().join(",");
  let agent = sharedAgents.get(key);
  if (!agent) {
    agent = createGuardedAgent({ allowedHosts });
    sharedAgents.set(key, agent);
  }
  return agent;
}

/** Scheme and credentials rules for any URL Hostdeck connects to (base URLs and redirect targets). */
export function urlShapeError(url: URL): ProviderError | undefined {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return new ProviderError("invalid-input", { field: "baseUrl", providerMessage: "The address must start with http:// or https://" });
  }
  if (url.username || url.password) {
    return new ProviderError("invalid-input", {
      field: "baseUrl",
      providerMessage: "Remove the user name and password from the address; they belong in the credential fields",
    });
  }
  return undefined;
}

export type BaseUrlCheck = { ok: true; url: URL } | { ok: false; error: ProviderError };

/** For the Connections form before saving: a readable http(s) URL without credentials whose host passes the guard. */
export async function checkBaseUrl(baseUrl: string, options: GuardOptions = {}): Promise<BaseUrlCheck> {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return {
      ok: false,
      error: new ProviderError("invalid-input", { field: "baseUrl", providerMessage: "Enter a full address such as https://panel.example.com/api" }),
    };
  }
  const shapeError = urlShapeError(url);
  if (shapeError) return { ok: false, error: shapeError };
  try {
    await resolveCheckedAddress(url.hostname, Number(url.port) || defaultPort(url.protocol), policyFrom(options));
    return { ok: true, url };
  } catch (error) {
    if (error instanceof ProviderError) {
      return { ok: false, error: new ProviderError(error.kind, { field: "baseUrl", providerMessage: error.providerMessage }) };
    }
    throw error;
  }
}
