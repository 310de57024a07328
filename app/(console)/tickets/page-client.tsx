"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { TextareaField } from "@/components/tickets/textarea-field";
import { TicketList } from "@/components/tickets/ticket-list";
import { ticketsRoute, useTicketsChanged } from "@/components/tickets/ticket-queries";
import { useDepartments } from "@/components/tickets/use-departments";
import { Button } from "@/components/ui/button";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { EmptyState, ErrorNote } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { createTicketAction } from "@/lib/capabilities/tickets/actions";
import { sortTickets } from "@/lib/capabilities/tickets/ticket-rules";
import type { TicketRow } from "@/lib/capabilities/tickets/types";
import { useAction } from "@/lib/ui/use-action";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

/** Tickets of every support connection in one list, each connection's shown as its provider answers. */
export function TicketsClient({ lists }: { lists: StartedRead<TicketRow[]>[] }) {
  const { states } = useConnectionReads(lists, ticketsRoute);
  const rows = useMemo(() => sortTickets(states.flatMap((state) => (state.status === "ok" ? state.data : []))), [states]);
  const waiting = states.filter((state) => state.status === "loading");
  const answered = states.some((state) => state.status === "ok");

  if (lists.length === 0) {
    return <EmptyState title="No support desk connected">Connect an XSServer account to see and open its support tickets here.</EmptyState>;
  }
  return (
    <div className="space-y-3">
      {states.map((state) =>
        state.status === "error" ? (
          <ConnectionErrorRow key={state.connection.id} label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />
        ) : null,
      )}
      {waiting.length > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          Waiting for {waiting.map((state) => state.connection.label).join(", ")}…
        </p>
      ) : null}
      {answered ? <TicketList rows={rows} /> : waiting.length > 0 ? <SectionSkeleton label="Loading tickets…" rows={5} /> : null}
    </div>
  );
}

/** "New ticket": connection, department (from the provider), subject and message. */
export function NewTicketButton({ connections }: { connections: { id: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <Plus className="h-4 w-4" aria-hidden /> New ticket
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="New ticket" description="The provider's support answers here and by email.">
        {open ? <NewTicketForm connections={connections} /> : null}
      </Dialog>
    </>
  );
}

function NewTicketForm({ connections }: { connections: { id: string; label: string }[] }) {
  const router = useRouter();
  const ticketsChanged = useTicketsChanged();
  const [connectionId, setConnectionId] = useState(connections[0]?.id ?? "");
  const departments = useDepartments(connectionId || null);
  const { run, pending, result, fieldError } = useAction(createTicketAction, {
    onSuccess: (data) => {
      ticketsChanged();
      router.push(`/tickets/${data.connectionId}/${data.ticketNumber}`);
    },
  });

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void run(new FormData(event.currentTarget));
      }}
    >
      {connections.length > 1 ? (
        <SelectField
          label="Connection"
          name="connectionId"
          value={connectionId}
          onChange={(event) => setConnectionId(event.target.value)}
          options={connections.map((connection) => ({ value: connection.id, label: connection.label }))}
          error={fieldError("connectionId")}
        />
      ) : (
        <input type="hidden" name="connectionId" value={connectionId} />
      )}
      {departments.isError ? (
        <ErrorNote>{departments.error.message}</ErrorNote>
      ) : (
        <SelectField
          label="Department"
          name="deptId"
          required
          disabled={departments.isPending}
          defaultValue=""
          key={connectionId}
          options={[
            { value: "", label: departments.isPending ? "Loading departments…" : "Choose a department" },
            ...(departments.data ?? []).map((dept) => ({ value: dept.id, label: dept.description ? `${dept.name} — ${dept.description}` : dept.name })),
          ]}
          error={fieldError("deptId")}
        />
      )}
      <TextField label="Subject" name="subject" required maxLength={255} error={fieldError("subject")} />
      <TextareaField label="Message" name="body" required rows={6} error={fieldError("body")} />
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end">
        <Button type="submit" pending={pending} disabled={departments.isPending || departments.isError}>
          Open ticket
        </Button>
      </div>
    </form>
  );
}
