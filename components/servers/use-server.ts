"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

import { isActiveTask } from "@/lib/capabilities/servers/task-rules";
import type { ServerDetail, ServerTasks } from "@/lib/capabilities/servers/types";
import { fetchJson } from "@/lib/ui/fetch-json";

export const serverQueryKey = (connectionId: string, serverId: string) => ["server", { connectionId, serverId }] as const;
export const serverTasksQueryKey = (connectionId: string, serverId: string) => ["server-tasks", { connectionId, serverId }] as const;

/**
 * How often a server with a running task is asked again. Pollers of one moment share one provider call (the
 * read cache keeps task state two seconds), and HostBill accounts have a request budget, so not faster.
 */
export const TASK_POLL_MS = 2500;

export const serverUrl = (server: { connectionId: string; serverId: string }) =>
  `/api/servers/${encodeURIComponent(server.connectionId)}/${encodeURIComponent(server.serverId)}`;

/** One server's details (resources, IPs, DNS…): loaded with the page, asked again after a task ends. */
export function useServer(initial: ServerDetail) {
  return useQuery({
    queryKey: serverQueryKey(initial.connectionId, initial.serverId),
    queryFn: ({ signal }) => fetchJson<ServerDetail>(serverUrl(initial), { signal }),
    initialData: initial,
  });
}

/**
 * A server's tasks, polled while one is active (queued → running → done). The provider's own record is
 * read, so the task stays visible after a reload. When a task ends, `onSettled` runs once.
 */
export function useServerTasks(connectionId: string, serverId: string, initial: ServerTasks | undefined, onSettled?: () => void, scope = "page") {
  const query = useQuery({
    queryKey: [...serverTasksQueryKey(connectionId, serverId), scope],
    queryFn: ({ signal }) => fetchJson<ServerTasks>(`${serverUrl({ connectionId, serverId })}/task`, { signal }),
    initialData: initial,
    refetchInterval: (q) => (isActiveTask(q.state.data?.activeTask) ? TASK_POLL_MS : false),
  });
  // A task that ended shows up as a new newest finished task, even when it ended between two polls.
  const newest = query.data?.lastTasks[0];
  const finishedKey = newest ? `${newest.id ?? newest.name}:${newest.completed ?? ""}` : "";
  const running = isActiveTask(query.data?.activeTask);
  const seen = useRef(finishedKey);
  useEffect(() => {
    if (seen.current !== finishedKey && !running) onSettled?.();
    seen.current = finishedKey;
  }, [finishedKey, running, onSettled]);
  return query;
}
