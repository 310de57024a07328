"use client";

import { useQueries } from "@tanstack/react-query";

import type { ConnectionServices } from "@/lib/capabilities/services/types";

export interface ServicesConnectionRef {
  id: string;
  label: string;
  kindLabel: string;
}

export type ConnectionServicesState =
  | { connection: ServicesConnectionRef; status: "loading" }
  | { connection: ServicesConnectionRef; status: "error"; message: string; kind: string }
  | { connection: ServicesConnectionRef; status: "ok"; data: ConnectionServices };

type Answer = ({ ok: true } & ConnectionServices) | { ok: false; error: { kind: string; message: string } };

class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function fetchServices(connectionId: string): Promise<Answer> {
  const response = await fetch(`/api/services/${encodeURIComponent(connectionId)}`, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as (Answer & { error?: unknown }) | null;
  if (!response.ok || !body) {
    const message = body && typeof body.error === "string" ? body.error : `The console answered ${response.status}.`;
    throw new FetchError(message, response.status);
  }
  return body;
}

export const servicesQueryKey = (connectionId: string) => ["services", { connectionId }] as const;

/** One query per connection: each connection's rows (or error) appear as soon as that provider answers. */
export function useConnectionServices(connections: ServicesConnectionRef[]): { states: ConnectionServicesState[]; refetchAll: () => void } {
  const results = useQueries({
    queries: connections.map((connection) => ({
      queryKey: servicesQueryKey(connection.id),
      queryFn: () => fetchServices(connection.id),
      retry: false,
    })),
  });
  const states = connections.map((connection, index): ConnectionServicesState => {
    const result = results[index];
    if (!result || result.isPending) return { connection, status: "loading" };
    if (result.isError) return { connection, status: "error", kind: "console", message: result.error.message };
    const answer = result.data;
    if (!answer.ok) return { connection, status: "error", kind: answer.error.kind, message: answer.error.message };
    return { connection, status: "ok", data: { rows: answer.rows, note: answer.note } };
  });
  return { states, refetchAll: () => results.forEach((result) => void result.refetch()) };
}
