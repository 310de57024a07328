"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";

import { TextareaField } from "@/components/tickets/textarea-field";
import { useTicketsChanged } from "@/components/tickets/ticket-queries";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { closeTicketAction, reopenTicketAction, replyTicketAction } from "@/lib/capabilities/tickets/actions";
import { useAction } from "@/lib/ui/use-action";

/** Close or re-open (operators). */
export function TicketStateControl({ connectionId, ticketNumber, closed }: { connectionId: string; ticketNumber: string; closed: boolean }) {
  const router = useRouter();
  const ticketsChanged = useTicketsChanged();
  const changed = () => {
    ticketsChanged();
    router.refresh();
  };
  const close = useAction(closeTicketAction, { onSuccess: changed });
  const reopen = useAction(reopenTicketAction, { onSuccess: changed });
  const current = closed ? reopen : close;
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" pending={current.pending} onClick={() => void current.run({ connectionId, ticketNumber })}>
        {closed ? "Re-open ticket" : "Close ticket"}
      </Button>
      <div aria-live="polite">{current.result && !current.result.ok ? <ErrorNote>{current.result.error}</ErrorNote> : null}</div>
    </div>
  );
}

/** The reply box under the thread (operators, open tickets). */
export function ReplyForm({ connectionId, ticketNumber }: { connectionId: string; ticketNumber: string }) {
  const router = useRouter();
  const ticketsChanged = useTicketsChanged();
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, result, fieldError } = useAction(replyTicketAction, {
    onSuccess: () => {
      form.current?.reset();
      ticketsChanged();
      router.refresh();
    },
  });
  return (
    <Card className="p-4">
      <form
        ref={form}
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void run(new FormData(event.currentTarget));
        }}
      >
        <input type="hidden" name="connectionId" value={connectionId} />
        <input type="hidden" name="ticketNumber" value={ticketNumber} />
        <TextareaField label="Reply" name="body" required rows={5} error={fieldError("body")} />
        <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
        <div className="flex justify-end">
          <Button type="submit" pending={pending}>
            Send reply
          </Button>
        </div>
      </form>
    </Card>
  );
}
