"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { addProxyPort, updateProxyPort } from "@/lib/capabilities/proxies/actions";
import type { ProxyPort } from "@/lib/capabilities/proxies/types";
import { useAction } from "@/lib/ui/use-action";

function KeepaliveBox({ defaultChecked }: { defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name="keepalive" defaultChecked={defaultChecked} className="h-4 w-4 rounded border-slate-300 dark:border-slate-700" />
      Keep-alive to the backend
    </label>
  );
}

/** Port/add: front port, backend port and address, type, keep-alive and (HTTP) domain. */
export function AddPortDialog({
  open,
  onOpenChange,
  connectionId,
  leaseId,
  onDone,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  connectionId: string;
  leaseId: number;
  onDone: (message: string) => void;
}) {
  const [type, setType] = useState("http");
  const { run, pending, result, fieldError } = useAction(addProxyPort, {
    onSuccess: (port) => onDone(`Added port ${port.from} → ${port.addr}:${port.to}.`),
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Add a port" description="Traffic reaching the proxy on the front port is forwarded to your backend.">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          form.set("connectionId", connectionId);
          form.set("leaseId", String(leaseId));
          void run(form);
        }}
      >
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Front port" name="from" inputMode="numeric" required error={fieldError("from") ?? fieldError("port.from")} />
          <TextField label="Backend port" name="to" inputMode="numeric" required error={fieldError("to") ?? fieldError("port.to")} />
        </div>
        <TextField
          label="Backend address"
          name="addr"
          placeholder="192.0.2.10 or 2001:db8::10"
          required
          error={fieldError("addr") ?? fieldError("port.addr")}
        />
        <SelectField
          label="Type"
          name="type"
          value={type}
          onChange={(event) => setType(event.target.value)}
          options={[
            { value: "http", label: "HTTP (ACLs available)" },
            { value: "tcp", label: "TCP" },
          ]}
          error={fieldError("type")}
        />
        {type === "http" ? (
          <TextField
            label="Domain (optional)"
            name="domain"
            placeholder="www.example.com"
            error={fieldError("domain") ?? fieldError("port.domain")}
            help="HTTP ports may share a front port when their domains differ."
          />
        ) : null}
        <KeepaliveBox />
        <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={pending}>
            Add port
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Port/update: only the backend port, address and keep-alive can change. */
export function EditPortDialog({
  port,
  onOpenChange,
  connectionId,
  leaseId,
  onDone,
}: {
  port: ProxyPort | null;
  onOpenChange: (open: boolean) => void;
  connectionId: string;
  leaseId: number;
  onDone: (message: string) => void;
}) {
  const { run, pending, result, fieldError } = useAction(updateProxyPort, {
    onSuccess: (updated) => onDone(`Port ${updated.from} now forwards to ${updated.addr}:${updated.to}${updated.keepalive ? " with keep-alive" : ""}.`),
  });
  return (
    <Dialog
      open={port !== null}
      onOpenChange={onOpenChange}
      title={port ? `Edit port ${port.from}${port.domain ? ` (${port.domain})` : ""}` : "Edit port"}
      description="The front port and type cannot change; delete and add the port for that."
    >
      {port ? (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            form.set("connectionId", connectionId);
            form.set("leaseId", String(leaseId));
            form.set("portId", String(port.id));
            void run(form);
          }}
        >
          <TextField label="Backend port" name="to" inputMode="numeric" defaultValue={port.to} required error={fieldError("to") ?? fieldError("port.to")} />
          <TextField label="Backend address" name="addr" defaultValue={port.addr} required error={fieldError("addr") ?? fieldError("port.addr")} />
          <KeepaliveBox defaultChecked={port.keepalive} />
          <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" pending={pending}>
              Save port
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
