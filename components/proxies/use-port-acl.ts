"use client";

import { useQuery } from "@tanstack/react-query";

import type { AclRule } from "@/lib/capabilities/proxies/types";
import { fetchJson } from "@/lib/ui/fetch-json";

export interface PortRules {
  rules: AclRule[];
}

export interface PortAclKey {
  connectionId: string;
  leaseId: number;
  portId: number;
}

export const portAclKey = (key: PortAclKey) => ["proxy-acl", key] as const;

/** A port's ACL rules as X4B lists them now; re-read after every change so the order shown is the provider's. */
export function usePortRules(key: PortAclKey, initialData: PortRules) {
  return useQuery({
    queryKey: portAclKey(key),
    queryFn: ({ signal }) =>
      fetchJson<PortRules>(`/api/proxies/${encodeURIComponent(key.connectionId)}/leases/${key.leaseId}/ports/${key.portId}/acl`, { signal }),
    initialData,
    staleTime: 10_000,
  });
}
