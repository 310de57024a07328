"use client";

import { useQuery } from "@tanstack/react-query";

import type { Department } from "@/lib/capabilities/tickets/types";
import { fetchJson } from "@/lib/ui/fetch-json";

/** The support departments of one connection (a catalogue: kept five minutes). */
export function useDepartments(connectionId: string | null) {
  return useQuery({
    queryKey: ["ticket-departments", { connectionId }],
    enabled: Boolean(connectionId),
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => fetchJson<Department[]>(`/api/tickets/${encodeURIComponent(connectionId ?? "")}/departments`, { signal }),
  });
}
