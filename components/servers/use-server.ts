"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

import type { ServerDetail, ServerTask, ServerTasks } from "@/lib/capabilities/servers/types";

import { fetchJson } from "./fetch-json";

export const serverQueryKey = (connectionId: string, serverId: string) => ["server", { connectionId, serverId }] as const;
export const serverTasksQueryKey = (connectionId: string, serverId: string) => ["server-tasks", { connectionId, serverId }] as const;

/**
 * How often a server with a running task is asked again. Each ask is one provider call, and HostBill
 * accounts have a request budget (60 a minute by default), so not faster.
 */
export const TASK_POLL_MS = 2500;

export const isActive = (task: ServerTask | null | undefined): task is ServerTask => Boolean(task && (task.state === "queued" || task.state === "running"));

const serverUrl = (connectionId: string, serverId: string) => `/api/servers/${encodeURIComponent(connectionId)}/${encodeURIComponent(serverId)}`;

/** One server's details (resources, IPs, DNS…): loaded with the page, asked again after a task ends. */
export function useServer(initial: ServerDetail) {
  return useQuery({
    queryKey: serverQueryKey(initial.connectionId, initial.serverId),
    queryFn: ({ signal }) => fetchJson<ServerDetail>(serverUrl(initial.connectionId, initial.serverId), signal),
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
    queryFn: ({ signal }) => fetchJson<ServerTasks>(`${serverUrl(connectionId, serverId)}/task`, signal),
    initialData: initial,
    refetchInterval: (q) => (isActive(q.state.data?.activeTask) ? TASK_POLL_MS : false),
  });
  // A task that ended shows up as a new newest finished task, even when it ended between two polls.
  const newest = query.data?.lastTasks[0];
  const finishedKey = newest ? `${newest.id ?? newest.name}:${newest.completed ?? ""}` : "";
  const running = isActive(query.data?.activeTask);
  const seen = useRef(finishedKey);
  useEffect(() => {
    if (seen.current !== finishedKey && !running) onSettled?.();
    seen.current = finishedKey;
  }, [finishedKey, running, onSettled]);
  return query;
}
