"use client";

import { useQuery } from "@tanstack/react-query";

import type { Department } from "@/lib/capabilities/tickets/types";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The support departments of one connection, from GET /api/tickets/departments. */
export function useDepartments(connectionId: string | null) {
  return useQuery({
    queryKey: ["ticket-departments", { connectionId }],
    enabled: Boolean(connectionId),
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }): Promise<Department[]> => {
      const response = await fetch(`/api/tickets/departments?connectionId=${encodeURIComponent(connectionId ?? "")}`, { signal });
      const body = (await response.json().catch(() => ({}))) as { departments?: Department[]; error?: string };
      if (!response.ok || !body.departments) throw new ApiError(body.error ?? `The departments could not be loaded (HTTP ${response.status}).`, response.status);
      return body.departments;
    },
  });
}
