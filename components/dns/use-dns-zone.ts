"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { ZoneDetail, ZoneRef } from "@/lib/capabilities/dns/types";
import { fetchJson } from "@/lib/ui/fetch-json";

export type ZoneKey = ZoneRef;

export const dnsZoneKey = (key: ZoneKey) => ["dns-zone", key] as const;
export const zonePath = (key: ZoneKey) => `/api/dns/${encodeURIComponent(key.connectionId)}/${key.serviceId}/${key.zoneId}`;

/** One zone and its records; the server page passes the first answer, later refreshes come from the GET route. */
export function useDnsZone(key: ZoneKey, initialData: ZoneDetail) {
  return useQuery({
    queryKey: dnsZoneKey(key),
    queryFn: ({ signal }) => fetchJson<ZoneDetail>(zonePath(key), { signal }),
    initialData,
  });
}

export function useRefreshZone(key: ZoneKey) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: dnsZoneKey(key) });
}
