"use client";

import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/ui/use-action";

import { acknowledgeNotificationAction } from "./actions";

/** "Mark as read" on a new portal notification (operators). */
export function AcknowledgeButton({ connectionId, notificationId, subject }: { connectionId: string; notificationId: string; subject: string }) {
  const router = useRouter();
  const { run, pending, result } = useAction(acknowledgeNotificationAction, { onSuccess: () => router.refresh() });
  return (
    <span className="flex flex-col items-end gap-1">
      <Button size="sm" variant="secondary" pending={pending} aria-label={`Acknowledge “${subject}”`} onClick={() => void run({ connectionId, notificationId })}>
        Acknowledge
      </Button>
      <span aria-live="polite" className="text-xs text-red-600 dark:text-red-400">
        {result && !result.ok ? result.error : null}
      </span>
    </span>
  );
}
