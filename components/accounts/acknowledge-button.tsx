"use client";

import { useQueryClient } from "@tanstack/react-query";

import { Button } from "@/components/ui/button";
import { acknowledgeNotificationAction } from "@/lib/capabilities/accounts/actions";
import { useAction } from "@/lib/ui/use-action";

import { ACCOUNTS_QUERY } from "./accounts-route";

/** "Acknowledge" on a new portal notification (operators); the account is read again once it is done. */
export function AcknowledgeButton({ connectionId, notificationId, subject }: { connectionId: string; notificationId: string; subject: string }) {
  const queryClient = useQueryClient();
  const { run, pending, result } = useAction(acknowledgeNotificationAction, {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [ACCOUNTS_QUERY, { connectionId }] }),
  });
  return (
    <span className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant="secondary"
        pending={pending}
        aria-label={`Acknowledge “${subject}”`}
        onClick={() => void run({ connectionId, notificationId })}
      >
        Acknowledge
      </Button>
      <span aria-live="polite" className="text-xs text-red-600 dark:text-red-400">
        {result && !result.ok ? result.error : null}
      </span>
    </span>
  );
}
