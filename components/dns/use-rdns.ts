"use client";

import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";

import type { ConnectionRdns } from "@/lib/capabilities/rdns/list-rdns";
import type { RdnsEntry } from "@/lib/capabilities/rdns/types";

import { fetchJson } from "./fetch-json";

export const rdnsKey = (connectionId: string) => ["rdns", { connectionId }] as const;

/** One query per connection, so a slow provider never holds the others. */
export function useRdnsConnections(connectionIds: string[]) {
  return useQueries({
    queries: connectionIds.map((connectionId) => ({
      queryKey: rdnsKey(connectionId),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchJson<ConnectionRdns>(`/api/dns/reverse/${encodeURIComponent(connectionId)}`, signal),
    })),
  });
}

export function usePtrLookup(connectionId: string, ip: string | null) {
  return useQuery({
    queryKey: ["rdns-lookup", { connectionId, ip }],
    queryFn: ({ signal }) => fetchJson<RdnsEntry>(`/api/dns/reverse/${encodeURIComponent(connectionId)}/lookup?ip=${encodeURIComponent(ip ?? "")}`, signal),
    enabled: Boolean(ip),
    retry: false,
  });
}

export function useRefreshRdns() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ["rdns"] }), client.invalidateQueries({ queryKey: ["rdns-lookup"] })]);
}
