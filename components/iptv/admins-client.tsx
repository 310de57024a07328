"use client";

import { Pencil, Plus } from "lucide-react";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { EmptyState, ErrorNote } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { createAdminAction, updateAdminAction } from "@/lib/capabilities/iptv/actions";
import { adminGroups } from "@/lib/capabilities/iptv/schemas";
import type { IptvAdmin } from "@/lib/capabilities/iptv/types";
import { useAction } from "@/lib/ui/use-action";

import { formatAgo } from "./format";
import { answeredRows, NoRowsYet, PanelStatus } from "./panel-status";
import { useIptvLists } from "./use-iptv-lists";

function AdminDialog({
  editing,
  open,
  connections,
  onClose,
  onChanged,
}: {
  editing: IptvAdmin | null;
  open: boolean;
  connections: { id: string; label: string }[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const done = () => {
    onChanged();
    onClose();
  };
  const create = useAction(createAdminAction, { onSuccess: done });
  const update = useAction(updateAdminAction, { onSuccess: done });
  const action = editing ? update : create;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : close())} title={editing ? `Edit ${editing.username}` : "New panel administrator"}>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(new FormData(event.currentTarget));
        }}
      >
        {editing ? (
          <>
            <input type="hidden" name="connectionId" value={editing.connectionId} />
            <input type="hidden" name="adminId" value={editing.id} />
          </>
        ) : (
          <>
            <SelectField label="Panel" name="connectionId" options={connections.map((c) => ({ value: c.id, label: c.label }))} />
            <TextField label="Username" name="username" required autoComplete="off" error={action.fieldError("username")} />
          </>
        )}
        <TextField label="Email" name="email" type="email" required defaultValue={editing?.email ?? ""} error={action.fieldError("email")} />
        <TextField
          label={editing ? "New password" : "Password"}
          name="password"
          type="password"
          autoComplete="new-password"
          required={!editing}
          placeholder={editing ? "Blank: keep" : "At least 8 characters"}
          error={action.fieldError("password")}
        />
        <SelectField label="Group" name="group_id" defaultValue={String(editing?.groupId ?? 1)} options={adminGroups} error={action.fieldError("group_id")} />
        {editing ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="status" defaultChecked={editing.enabled} className="h-4 w-4" /> Enabled
          </label>
        ) : null}
        <TextField label="Notes" name="notes" error={action.fieldError("notes")} />
        <div aria-live="polite">{action.result && !action.result.ok ? <ErrorNote>{action.result.error}</ErrorNote> : null}</div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" pending={action.pending}>
            {editing ? "Save changes" : "Create administrator"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Every panel's administrators; each panel's rows appear as soon as it answers. */
export function AdminsClient({ lists, canManage }: { lists: StartedRead<IptvAdmin[]>[]; canManage: boolean }) {
  const { states, refresh } = useIptvLists(lists, "admins");
  const admins = answeredRows(states, (rows) => rows);
  const connections = states.flatMap((state) => (state.status === "ok" ? [{ id: state.connection.id, label: state.connection.label }] : []));
  const [dialog, setDialog] = useState<{ editing: IptvAdmin | null } | null>(null);
  const many = lists.length > 1;
  return (
    <div className="space-y-4">
      <PanelStatus states={states} />
      {canManage && connections.length > 0 ? (
        <div className="flex justify-end">
          <Button onClick={() => setDialog({ editing: null })}>
            <Plus className="h-4 w-4" aria-hidden /> New administrator
          </Button>
        </div>
      ) : null}
      {admins.length === 0 ? (
        <NoRowsYet states={states} label="Loading administrators" empty={<EmptyState title="No administrators">The panel reported none.</EmptyState>} />
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm" aria-label="Panel administrators">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
              <tr>
                <th className="px-3 py-2">Administrator</th>
                <th className="px-3 py-2">Group</th>
                <th className="px-3 py-2">Status</th>
                <th className="px-3 py-2">Last login</th>
                {many ? <th className="px-3 py-2">Panel</th> : null}
                <th className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {admins.map((admin) => (
                <tr key={`${admin.connectionId}:${admin.id}`} data-testid="admin-row">
                  <td className="px-3 py-2">
                    <span className="block font-medium">{admin.username}</span>
                    <span className="block text-xs text-slate-500">{admin.email ?? ""}</span>
                  </td>
                  <td className="px-3 py-2">{admin.groupName ?? (admin.groupId ? `#${admin.groupId}` : "—")}</td>
                  <td className="px-3 py-2">
                    <Badge tone={admin.enabled ? "good" : "bad"}>{admin.enabled ? "enabled" : "disabled"}</Badge>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{formatAgo(admin.lastLogin)}</td>
                  {many ? <td className="px-3 py-2">{admin.connectionLabel}</td> : null}
                  <td className="px-3 py-2 text-right">
                    {canManage ? (
                      <Button size="sm" variant="ghost" onClick={() => setDialog({ editing: admin })} aria-label={`Edit ${admin.username}`}>
                        <Pencil className="h-4 w-4" aria-hidden />
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {canManage ? (
        <AdminDialog
          key={dialog?.editing?.id ?? "new"}
          editing={dialog?.editing ?? null}
          open={dialog !== null}
          connections={connections}
          onClose={() => setDialog(null)}
          onChanged={() => void refresh()}
        />
      ) : null}
    </div>
  );
}
