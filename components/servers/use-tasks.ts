"use client";

import { useQuery } from "@tanstack/react-query";

import type { TeamTasks } from "@/lib/capabilities/servers/types";

import { fetchJson } from "./fetch-json";

export const tasksQueryKey = ["server-tasks"] as const;

/**
 * Every task across the team's servers, asked again every minute (each ask costs one provider call per
 * server). Running tasks are followed one by one with `useServerTasks`, which is far cheaper.
 */
export function useTeamTasks(initial: TeamTasks) {
  return useQuery({
    queryKey: tasksQueryKey,
    queryFn: ({ signal }) => fetchJson<TeamTasks>("/api/tasks", signal),
    initialData: initial,
    refetchInterval: 60_000,
  });
}
