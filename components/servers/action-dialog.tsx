"use client";

import type { FormEvent, ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/states";
import type { ActionResult } from "@/lib/actions/result";
import type { StartedTask } from "@/lib/capabilities/servers/types";
import { useAction } from "@/lib/ui/use-action";

export type ServerTaskAction = (input: unknown) => Promise<ActionResult<StartedTask>>;

/**
 * A dialog with a form for one server action: the server reference travels as hidden fields, errors
 * come back beside the fields and in a live region, and a started task closes the dialog.
 */
export function ActionDialog({
  open,
  onOpenChange,
  title,
  description,
  action,
  server,
  submitLabel,
  danger,
  submitDisabled,
  onStarted,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  action: ServerTaskAction;
  server: { connectionId: string; serverId: string };
  submitLabel: string;
  danger?: boolean;
  submitDisabled?: boolean;
  onStarted: (task: StartedTask, title: string) => void;
  children?: (fieldError: (name: string) => string | undefined) => ReactNode;
}) {
  const { run, pending, result, fieldError, reset } = useAction(action, {
    onSuccess: (task) => {
      onStarted(task, title);
      onOpenChange(false);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(new FormData(event.currentTarget));
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={title}
      description={description}
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        <input type="hidden" name="connectionId" value={server.connectionId} />
        <input type="hidden" name="serverId" value={server.serverId} />
        {children?.(fieldError)}
        <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" variant={danger ? "danger" : "primary"} pending={pending} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
