"use client";

import { useQuery } from "@tanstack/react-query";

import type { PerConnection } from "@/lib/capabilities/core/connections";
import type { IptvStream } from "@/lib/capabilities/iptv/types";

export type StreamResults = PerConnection<IptvStream[]>[];
export const streamsKey = ["iptv-streams"] as const;

async function fetchStreams(): Promise<StreamResults> {
  const response = await fetch("/api/iptv/streams", { cache: "no-store" });
  if (!response.ok) throw new Error(response.status === 401 ? "Your session has ended." : `Could not load streams (${response.status}).`);
  return ((await response.json()) as { results: StreamResults }).results;
}

/** Streams across the team's panels; seeded by the server render, refetched after each command. */
export function useStreams(initial: StreamResults) {
  return useQuery({ queryKey: streamsKey, queryFn: fetchStreams, initialData: initial, staleTime: 15_000 });
}
