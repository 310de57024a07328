"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";

/** The ticket lists' query key (one query per connection, see useConnectionReads). */
export const TICKETS_QUERY = "tickets";

export const ticketsRoute = { key: TICKETS_QUERY, url: (connectionId: string) => `/api/tickets/${encodeURIComponent(connectionId)}` };

/** After a change to a ticket: the lists read it again the next time they show (at once when on screen). */
export function useTicketsChanged(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: [TICKETS_QUERY] }), [queryClient]);
}

/** Rendered on a ticket's page: reading a ticket marks its answers read, so the lists' unread marks are stale. */
export function TicketSeen() {
  const ticketsChanged = useTicketsChanged();
  useEffect(ticketsChanged, [ticketsChanged]);
  return null;
}
