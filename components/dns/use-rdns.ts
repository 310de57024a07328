"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { RdnsEntry } from "@/lib/capabilities/rdns/types";
import { fetchJson } from "@/lib/ui/fetch-json";

const lookupKey = "rdns-lookup";

export function usePtrLookup(connectionId: string, ip: string | null) {
  return useQuery({
    queryKey: [lookupKey, { connectionId, ip }],
    queryFn: ({ signal }) => fetchJson<RdnsEntry>(`/api/dns/reverse/${encodeURIComponent(connectionId)}/lookup?ip=${encodeURIComponent(ip ?? "")}`, { signal }),
    enabled: Boolean(ip),
    retry: false,
  });
}

/** After a PTR change: every looked-up address is read again. */
export function useRefreshLookups() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [lookupKey] });
}
