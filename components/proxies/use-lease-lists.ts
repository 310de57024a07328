"use client";

import { useQueryClient } from "@tanstack/react-query";

import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { ProxyService } from "@/lib/capabilities/proxies/types";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

const leaseListKey = "proxy-leases";

/** Every proxy connection's services, seeded by the reads the page started, refreshed per connection. */
export function useLeaseLists(lists: readonly StartedRead<ProxyService[]>[]) {
  return useConnectionReads(lists, { key: leaseListKey, url: (id) => `/api/proxies/${encodeURIComponent(id)}/leases` });
}

/** After a lease is deleted: the lease lists read again (now, or when the list page is next shown). */
export function useInvalidateLeaseLists() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [leaseListKey] });
}
