"use client";

import { Ban } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FieldShell, TextField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { cancelServiceAction } from "@/lib/capabilities/services/actions";
import { useAction } from "@/lib/ui/use-action";

export function CancelPanel({ connectionId, serviceId, confirmText }: { connectionId: string; serviceId: string; confirmText: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const { run, pending, result, fieldError, reset } = useAction(cancelServiceAction, {
    onSuccess: (data) => {
      setSent(data.immediate ? "Cancellation sent: the service is cancelled now." : "Cancellation sent: the service ends at the end of its billing period.");
      setOpen(false);
      router.refresh();
    },
  });

  return (
    <div className="space-y-3">
      <div aria-live="polite">{sent ? <SuccessNote>{sent}</SuccessNote> : null}</div>
      <Button
        variant="danger"
        onClick={() => {
          reset();
          setTyped("");
          setOpen(true);
        }}
      >
        <Ban className="h-4 w-4" aria-hidden /> Request cancellation…
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Request cancellation"
        description="The provider receives a cancellation request for this service. This cannot be undone from Hostdeck."
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            void run({
              connectionId,
              serviceId,
              expected: confirmText,
              immediate: data.get("when") === "immediate",
              reason: String(data.get("reason") ?? ""),
              confirm: typed,
            });
          }}
        >
          <FieldShell label="When" error={fieldError("immediate")}>
            {({ describedBy }) => (
              <div className="space-y-2 text-sm" role="radiogroup" aria-describedby={describedBy}>
                <label className="flex items-start gap-2">
                  <input type="radio" name="when" value="end" defaultChecked className="mt-1" />
                  <span>
                    <strong className="font-medium">At the end of the billing period</strong>
                    <span className="block text-slate-500">The service keeps running until its paid period ends.</span>
                  </span>
                </label>
                <label className="flex items-start gap-2">
                  <input type="radio" name="when" value="immediate" className="mt-1" />
                  <span>
                    <strong className="font-medium">Immediately</strong>
                    <span className="block text-slate-500">The service stops now; its data is lost.</span>
                  </span>
                </label>
              </div>
            )}
          </FieldShell>
          <FieldShell label="Reason" error={fieldError("reason")}>
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                name="reason"
                rows={3}
                maxLength={1000}
                required
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900"
              />
            )}
          </FieldShell>
          <TextField
            label={`Type "${confirmText}" to confirm`}
            name="confirm"
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            error={fieldError("confirm")}
          />
          <div aria-live="polite">{result && !result.ok && !result.fieldErrors ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep the service
            </Button>
            <Button type="submit" variant="danger" pending={pending} disabled={typed.trim() !== confirmText}>
              Send cancellation
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
