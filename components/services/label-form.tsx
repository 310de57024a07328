"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { setServiceLabelAction } from "@/lib/capabilities/services/actions";
import { useAction } from "@/lib/ui/use-action";

export function LabelForm({ connectionId, serviceId, label }: { connectionId: string; serviceId: string; label: string | null }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { run, pending, result, fieldError, reset } = useAction(setServiceLabelAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        <Pencil className="h-4 w-4" aria-hidden /> Edit label
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Edit label"
        description="A name your team recognises; it is stored at the provider. Leave empty to clear it."
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            data.set("connectionId", connectionId);
            data.set("serviceId", serviceId);
            void run(data);
          }}
        >
          <TextField label="Label" name="label" defaultValue={label ?? ""} maxLength={60} error={fieldError("label")} autoFocus />
          <div aria-live="polite">{result && !result.ok && !fieldError("label") ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" pending={pending}>
              Save label
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
