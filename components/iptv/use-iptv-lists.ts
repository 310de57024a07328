"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";

import type { StartedRead } from "@/lib/capabilities/core/connections";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

/** The IPTV list pages; each has a read route per panel (app/api/iptv/[connectionId]/[list]). */
export type IptvListName = "lines" | "mag" | "resellers" | "streams" | "servers" | "admins";

export const iptvListKey = (list: IptvListName) => `iptv-${list}`;

/**
 * One IPTV list over every panel: seeded by the reads the page started on the server, so each panel's rows
 * appear as soon as it answers; refreshed per panel through the list's read route.
 */
export function useIptvLists<T>(sources: readonly StartedRead<T>[], list: IptvListName) {
  const queryClient = useQueryClient();
  const fresh = useRef(false);
  const reads = useConnectionReads(sources, {
    key: iptvListKey(list),
    url: (connectionId) => `/api/iptv/${encodeURIComponent(connectionId)}/${list}${fresh.current ? "?fresh=1" : ""}`,
  });
  return {
    ...reads,
    /** Every panel's part again, after a change made through Hostdeck (the change made its cached reads stale). */
    refresh: () => queryClient.invalidateQueries({ queryKey: [iptvListKey(list)] }),
    /** What the panels say now, past the read cache (changes made in a panel itself show at once). */
    reloadFromPanels: async () => {
      fresh.current = true;
      try {
        await queryClient.refetchQueries({ queryKey: [iptvListKey(list)] });
      } finally {
        fresh.current = false;
      }
    },
  };
}

/** After a change on a detail page: the list is read anew when it is next shown, never from before the change. */
export function useForgetIptvList(list: IptvListName) {
  const queryClient = useQueryClient();
  return () => queryClient.removeQueries({ queryKey: [iptvListKey(list)] });
}
