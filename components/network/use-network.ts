"use client";

import { useQuery } from "@tanstack/react-query";

import type { TrafficReport } from "@/lib/capabilities/network/traffic";
import type { FreeIps, IpDetails } from "@/lib/capabilities/network/types";
import { fetchJson } from "@/lib/ui/fetch-json";

const base = (connectionId: string) => `/api/network/${encodeURIComponent(connectionId)}`;

export function useIpDetails(connectionId: string, ip: string | null) {
  return useQuery({
    queryKey: ["network-ip", { connectionId, ip }],
    queryFn: ({ signal }) => fetchJson<IpDetails>(`${base(connectionId)}/ip?ip=${encodeURIComponent(ip ?? "")}`, { signal }),
    enabled: Boolean(ip),
    retry: false,
  });
}

export function useFreeIps(connectionId: string, search: { location: string; excludeSpecial: boolean } | null) {
  return useQuery({
    queryKey: ["network-free-ips", { connectionId, ...search }],
    queryFn: ({ signal }) =>
      fetchJson<FreeIps>(
        `${base(connectionId)}/free-ips?location=${encodeURIComponent(search?.location ?? "")}&excludeSpecial=${search?.excludeSpecial ? 1 : 0}`,
        { signal },
      ),
    enabled: Boolean(search),
    retry: false,
  });
}

export function useTraffic(connectionId: string, search: { ip: string; days: string } | null) {
  return useQuery({
    queryKey: ["network-traffic", { connectionId, ...search }],
    queryFn: ({ signal }) =>
      fetchJson<TrafficReport>(`${base(connectionId)}/traffic?ip=${encodeURIComponent(search?.ip ?? "")}&days=${search?.days ?? "7"}`, { signal }),
    enabled: Boolean(search),
    retry: false,
  });
}
