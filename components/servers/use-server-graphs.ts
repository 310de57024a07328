"use client";

import { useQuery } from "@tanstack/react-query";

import type { UsageGraph } from "@/lib/capabilities/servers/types";
import { fetchJson } from "@/lib/ui/fetch-json";

import { serverUrl } from "./use-server";

/** Graph links stay valid about five minutes: ask for fresh ones every four. */
export const GRAPH_LINK_REFRESH_MS = 4 * 60_000;

export function useServerGraphs(connectionId: string, serverId: string, width: number) {
  return useQuery({
    queryKey: ["server-graphs", { connectionId, serverId, width }],
    queryFn: ({ signal }) =>
      fetchJson<{ graphs: UsageGraph[]; fetchedAt: string }>(`${serverUrl({ connectionId, serverId })}/graphs?width=${width}`, { signal }),
    staleTime: GRAPH_LINK_REFRESH_MS,
    refetchInterval: GRAPH_LINK_REFRESH_MS,
  });
}
