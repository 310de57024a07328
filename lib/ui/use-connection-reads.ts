"use client";

import { useQueries } from "@tanstack/react-query";
import { useRef } from "react";

import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { ConnectionRef } from "@/lib/providers/core/types";

import { ApiError, fetchJson } from "./fetch-json";

export type ConnectionReadState<T> =
  | { connection: ConnectionRef; status: "loading" }
  | { connection: ConnectionRef; status: "error"; message: string; code: string }
  | { connection: ConnectionRef; status: "ok"; data: T };

export interface ConnectionReadRoute {
  /** The query key's first part, e.g. "services". */
  key: string;
  /** The read route that answers one connection's part (its refresh). */
  url: (connectionId: string) => string;
}

/**
 * The one read path of list pages in the browser: one query per connection, seeded by the read the server
 * already started for this page view (streamed as it settles), refreshed through the area's read route.
 * Each connection's rows or error appear as soon as that provider answers.
 */
export function useConnectionReads<T>(sources: readonly StartedRead<T>[], route: ConnectionReadRoute) {
  // A server-started read is used once; a later refresh (or a remount) asks the route.
  const used = useRef(new WeakSet<StartedRead<T>>());
  const results = useQueries({
    queries: sources.map((source) => ({
      queryKey: [route.key, { connectionId: source.connection.id }] as const,
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<T> => {
        if (!used.current.has(source)) {
          used.current.add(source);
          const settled = await source.result;
          if (settled.ok) return settled.value;
          throw new ApiError(settled.error.message, settled.error.code, 0);
        }
        return fetchJson<T>(route.url(source.connection.id), { signal });
      },
      retry: false,
    })),
  });
  const states = sources.map((source, index): ConnectionReadState<T> => {
    const result = results[index];
    if (!result || result.isPending) return { connection: source.connection, status: "loading" };
    if (result.isError) {
      const code = result.error instanceof ApiError ? result.error.code : "internal";
      return { connection: source.connection, status: "error", message: result.error.message, code };
    }
    return { connection: source.connection, status: "ok", data: result.data };
  });
  return {
    states,
    refetchAll: () => results.forEach((result) => void result.refetch()),
    refreshing: results.some((result) => result.isFetching),
  };
}
