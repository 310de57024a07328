"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/states";
import { deleteProxyLease } from "@/lib/capabilities/proxies/actions";
import { useAction } from "@/lib/ui/use-action";

import { useInvalidateLeaseLists } from "./use-lease-lists";

/** Deletes a lease with its ports and ACLs at X4B (admin), after a confirmation; the lease lists then read again. */
export function DeleteLeaseButton({
  connectionId,
  leaseId,
  addr,
  afterDelete = "stay",
}: {
  connectionId: string;
  leaseId: number;
  addr: string;
  afterDelete?: "stay" | "list";
}) {
  const router = useRouter();
  const invalidateLeaseLists = useInvalidateLeaseLists();
  const [open, setOpen] = useState(false);
  const { run, pending, result, reset } = useAction(deleteProxyLease, {
    onSuccess: () => {
      setOpen(false);
      void invalidateLeaseLists();
      if (afterDelete === "list") router.push("/proxies");
    },
  });
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => (reset(), setOpen(true))} aria-label={`Delete lease ${leaseId}`}>
        <Trash2 className="h-4 w-4" aria-hidden />
        <span className="sm:inline">Delete</span>
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete lease ${leaseId}?`}
        description={`The proxy ${addr} stops answering at once, and its ports and ACL rules are deleted at X4B. This cannot be undone.`}
      >
        <div aria-live="polite">{result && !result.ok ? <ErrorNote className="mb-3">{result.error}</ErrorNote> : null}</div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Keep it
          </Button>
          <Button variant="danger" pending={pending} onClick={() => void run({ connectionId, leaseId })}>
            Delete lease {leaseId}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
