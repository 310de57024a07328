"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import type { StartedRead } from "@/lib/capabilities/core/connections";
import type { ConnectionTasks } from "@/lib/capabilities/servers/types";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

/** The query key's first part of every connection's task list: invalidate it to read all of them again. */
export const taskListsKey = ["task-lists"] as const;

/** The whole list is read again every minute; running tasks are followed one by one (useServerTasks), far cheaper. */
const TASK_LIST_REFRESH_MS = 60_000;

/** Every connection's tasks, each shown as soon as its provider answers, refreshed every minute. */
export function useTaskLists(lists: readonly StartedRead<ConnectionTasks>[]) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const timer = setInterval(() => void queryClient.invalidateQueries({ queryKey: taskListsKey }), TASK_LIST_REFRESH_MS);
    return () => clearInterval(timer);
  }, [queryClient]);
  return useConnectionReads(lists, { key: taskListsKey[0], url: (id) => `/api/tasks/${encodeURIComponent(id)}` });
}
