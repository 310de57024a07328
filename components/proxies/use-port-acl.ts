"use client";

import { useQuery } from "@tanstack/react-query";

import type { AclRule } from "@/lib/capabilities/proxies/types";

export interface PortRules {
  rules: AclRule[];
}

export interface PortAclKey {
  connectionId: string;
  leaseId: number;
  portId: number;
}

export const portAclKey = (key: PortAclKey) => ["proxy-acl", key] as const;

class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: string,
  ) {
    super(message);
  }
}

async function fetchPortRules({ connectionId, leaseId, portId }: PortAclKey): Promise<PortRules> {
  const response = await fetch(`/api/proxies/${encodeURIComponent(connectionId)}/leases/${leaseId}/ports/${portId}/acl`, { cache: "no-store" });
  const body = (await response.json().catch(() => null)) as (PortRules & { error?: string; kind?: string }) | null;
  if (!response.ok || !body) throw new FetchError(body?.error ?? `The rules could not be read (${response.status}).`, response.status, body?.kind ?? "internal");
  return body;
}

/** A port's ACL rules as X4B lists them now; re-read after every change so the order shown is the provider's. */
export function usePortRules(key: PortAclKey, initialData: PortRules) {
  return useQuery({ queryKey: portAclKey(key), queryFn: () => fetchPortRules(key), initialData, staleTime: 10_000 });
}
