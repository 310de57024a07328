"use client";

import { formatDistanceToNow } from "date-fns";
import { CheckCircle2, Pencil, Plug, Plus, Trash2, Type, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { EmptyState, ErrorNote } from "@/components/ui/states";
import type { CredentialFieldDescriptor } from "@/lib/connections/credential-fields";
import { useAction } from "@/lib/ui/use-action";

import { removeConnectionAction, renameConnectionAction, testConnectionAction } from "./actions";
import { ConnectionForm } from "./connection-form";

export interface KindDescriptor {
  kind: string;
  label: string;
  description: string;
  defaultBaseUrl?: string;
  baseUrlHelp: string;
  defaultRequestsPerMinute: number;
  fields: CredentialFieldDescriptor[];
}

export interface ConnectionRow {
  id: string;
  kind: string;
  kindLabel: string;
  label: string;
  baseUrl: string;
  requestsPerMinute: number | null;
  isSandbox: boolean;
  settings: Record<string, string>;
  storedSecrets: string[];
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
}

type Dialogs = { type: "create" } | { type: "edit" | "rename" | "remove"; connection: ConnectionRow } | null;

export function ConnectionsClient({
  kinds,
  connections,
  canManage,
  canTest,
}: {
  kinds: KindDescriptor[];
  connections: ConnectionRow[];
  canManage: boolean;
  canTest: boolean;
}) {
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialogs>(null);
  /** What removing the last connection did at its provider (an XSServer token revoked, or not reachable). */
  const [removalNotice, setRemovalNotice] = useState<string>();
  const close = () => {
    setDialog(null);
    router.refresh();
  };

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {removalNotice ? (
          <p
            role="status"
            data-testid="removal-notice"
            className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            Connection removed. {removalNotice}
          </p>
        ) : null}
      </div>
      {canManage ? (
        <div className="flex justify-end">
          <Button onClick={() => setDialog({ type: "create" })}>
            <Plus className="h-4 w-4" aria-hidden /> Add connection
          </Button>
        </div>
      ) : null}

      {connections.length === 0 ? (
        <EmptyState
          title="No provider accounts yet"
          action={canManage ? <Button onClick={() => setDialog({ type: "create" })}>Add your first connection</Button> : undefined}
        >
          {canManage
            ? "Add an account at X4B, an Xtream-UI panel, Time4VPS, XSServer or an ip.php module. Hostdeck tests it and keeps its credentials encrypted."
            : "An admin of this team has not added any provider account yet."}
        </EmptyState>
      ) : (
        <ul className="grid gap-3" aria-label="Connections">
          {connections.map((connection) => (
            <ConnectionCard
              key={connection.id}
              connection={connection}
              canManage={canManage}
              canTest={canTest}
              onEdit={() => setDialog({ type: "edit", connection })}
              onRename={() => setDialog({ type: "rename", connection })}
              onRemove={() => setDialog({ type: "remove", connection })}
            />
          ))}
        </ul>
      )}

      <Dialog open={dialog?.type === "create"} onOpenChange={(open) => !open && setDialog(null)} title="Add a connection">
        <ConnectionForm kinds={kinds} onDone={close} />
      </Dialog>
      {dialog && dialog.type !== "create" ? (
        <Dialog
          open
          onOpenChange={(open) => !open && setDialog(null)}
          title={dialog.type === "edit" ? `Edit ${dialog.connection.label}` : dialog.type === "rename" ? "Rename connection" : "Remove connection"}
        >
          {dialog.type === "edit" ? <ConnectionForm kinds={kinds} editing={dialog.connection} onDone={close} /> : null}
          {dialog.type === "rename" ? <RenameForm connection={dialog.connection} onDone={close} /> : null}
          {dialog.type === "remove" ? (
            <RemoveConfirm
              connection={dialog.connection}
              onDone={(notice) => {
                setRemovalNotice(notice);
                close();
              }}
              onCancel={() => setDialog(null)}
            />
          ) : null}
        </Dialog>
      ) : null}
    </div>
  );
}

function Health({ connection }: { connection: ConnectionRow }) {
  const lastSuccess = connection.lastSuccessAt ? new Date(connection.lastSuccessAt) : null;
  const lastError = connection.lastErrorAt ? new Date(connection.lastErrorAt) : null;
  if (lastError && (!lastSuccess || lastError > lastSuccess)) {
    return (
      <p className="flex items-start gap-1.5 text-sm text-red-700 dark:text-red-400">
        <XCircle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
        <span>
          {connection.lastError} <span className="text-slate-500">({formatDistanceToNow(lastError, { addSuffix: true })})</span>
        </span>
      </p>
    );
  }
  if (lastSuccess) {
    return (
      <p className="flex items-center gap-1.5 text-sm text-emerald-700 dark:text-emerald-400">
        <CheckCircle2 className="h-4 w-4" aria-hidden /> Working · last success {formatDistanceToNow(lastSuccess, { addSuffix: true })}
      </p>
    );
  }
  return <p className="text-sm text-slate-500">Not tested yet.</p>;
}

function ConnectionCard({
  connection,
  canManage,
  canTest,
  onEdit,
  onRename,
  onRemove,
}: {
  connection: ConnectionRow;
  canManage: boolean;
  canTest: boolean;
  onEdit: () => void;
  onRename: () => void;
  onRemove: () => void;
}) {
  const router = useRouter();
  const test = useAction(testConnectionAction, { onSuccess: () => router.refresh() });
  const outcome = test.result?.ok ? test.result.data : null;
  return (
    <li>
      <Card className="p-4" data-testid="connection-card">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="truncate font-semibold">{connection.label}</h2>
              <Badge tone="info">{connection.kindLabel}</Badge>
              {connection.isSandbox ? <Badge tone="warn">Sandbox</Badge> : null}
            </div>
            <p className="truncate text-sm text-slate-500 dark:text-slate-400">{connection.baseUrl}</p>
            <Health connection={connection} />
          </div>
          <div className="flex flex-wrap gap-2">
            {canTest ? (
              <Button variant="secondary" size="sm" pending={test.pending} onClick={() => void test.run({ id: connection.id })}>
                <Plug className="h-4 w-4" aria-hidden /> Test
              </Button>
            ) : null}
            {canManage ? (
              <>
                <Button variant="secondary" size="sm" onClick={onEdit} aria-label={`Edit ${connection.label}`}>
                  <Pencil className="h-4 w-4" aria-hidden /> Edit
                </Button>
                <Button variant="secondary" size="sm" onClick={onRename} aria-label={`Rename ${connection.label}`}>
                  <Type className="h-4 w-4" aria-hidden /> Rename
                </Button>
                <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${connection.label}`}>
                  <Trash2 className="h-4 w-4" aria-hidden /> Remove
                </Button>
              </>
            ) : null}
          </div>
        </div>
        <div aria-live="polite" className="mt-2 text-sm">
          {outcome?.ok ? <p className="text-emerald-700 dark:text-emerald-400">Connected: {outcome.detail}</p> : null}
          {outcome && !outcome.ok ? <ErrorNote>Test failed: {outcome.message}</ErrorNote> : null}
          {test.result && !test.result.ok ? <ErrorNote>{test.result.error}</ErrorNote> : null}
        </div>
      </Card>
    </li>
  );
}

function RenameForm({ connection, onDone }: { connection: ConnectionRow; onDone: () => void }) {
  const { run, pending, result, fieldError } = useAction(renameConnectionAction, { onSuccess: onDone });
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void run({ id: connection.id, label: String(data.get("label") ?? "") });
      }}
    >
      <TextField label="Name" name="label" defaultValue={connection.label} required error={fieldError("label")} />
      <div aria-live="polite">{result && !result.ok && !result.fieldErrors ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end">
        <Button type="submit" pending={pending}>
          Rename
        </Button>
      </div>
    </form>
  );
}

function RemoveConfirm({ connection, onDone, onCancel }: { connection: ConnectionRow; onDone: (notice?: string) => void; onCancel: () => void }) {
  const { run, pending, result } = useAction(removeConnectionAction, { onSuccess: (data) => onDone(data.notice) });
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Remove <strong>{connection.label}</strong>? Hostdeck forgets its credentials.{" "}
        {connection.kind === "xsserver"
          ? "A login token it holds is revoked at XSServer first; nothing else changes there."
          : `Nothing changes at ${connection.kindLabel} itself.`}
      </p>
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="danger" pending={pending} onClick={() => void run({ id: connection.id })}>
          Remove connection
        </Button>
      </div>
    </div>
  );
}
